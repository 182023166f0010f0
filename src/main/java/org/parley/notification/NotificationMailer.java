package org.parley.notification;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells a recipient by e-mail that something waits in their Parley inbox, once the change
 * that caused it is committed. The e-mail says only what kind of notice it is and where
 * Parley is: e-mail travels through servers nobody here controls, so no group, person,
 * place or case is ever named in it. A failure to send is logged and forgotten: the
 * notice is in the inbox anyway, and the user's action is done.
 */
@Component
class NotificationMailer {

	private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);

	private final MailProperties properties;

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final String baseUrl;

	NotificationMailer(MailProperties properties, ObjectProvider<JavaMailSender> sender, MessageSource messages,
			@Value("${parley.base-url}") String baseUrl) {
		this.baseUrl = baseUrl;
		this.properties = properties;
		this.sender = sender;
		this.messages = messages;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(NotificationDelivered event) {
		String to = event.recipient().email();
		if (!this.properties.enabled() || to == null || to.isBlank()) {
			return;
		}
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			log.warn(
					"parley.mail.enabled is true but no SMTP server is configured (spring.mail.host): no e-mail sent.");
			return;
		}
		try {
			mail.send(message(event, to));
		}
		catch (RuntimeException ex) {
			log.warn("Notification e-mail to account {} not sent: {}", event.recipient().id(), ex.toString());
		}
	}

	private SimpleMailMessage message(NotificationDelivered event, String to) {
		// Parley's own default when the user never chose (see ParleyLocaleResolver).
		Locale locale = (event.recipient().language() != null) ? Locale.forLanguageTag(event.recipient().language())
				: Locale.ENGLISH;
		String kind = this.messages.getMessage("notification.kind." + event.kind().name(), null, locale);
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(to);
		message.setSubject(this.messages.getMessage("notification.mail.subject", new Object[] { kind }, locale));
		message.setText(
				this.messages.getMessage("notification.mail.body", new Object[] { kind, link(this.baseUrl) }, locale));
		return message;
	}

	private static String link(String baseUrl) {
		return baseUrl.replaceAll("/+$", "") + "/notifications";
	}

}
