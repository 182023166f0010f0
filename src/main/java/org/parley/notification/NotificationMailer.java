package org.parley.notification;

import java.util.Locale;

import org.parley.identity.PasswordResetIssued;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The e-mail Parley sends, once the change that caused it is committed, in the
 * recipient's language: that something waits in their inbox, and the one-time code with
 * which a user chooses their password after an administrator created their account or
 * reset their password (so the code reaches the user, not the administrator). E-mail
 * travels through servers nobody here controls: a notice says only what kind of notice it
 * is and where Parley is, never a group, person, place or case; a code e-mail holds the
 * code, the username and where to redeem it. A failure to send is logged (without the
 * content) and forgotten: the notice is in the inbox anyway, and a code can be issued
 * again by resetting the password.
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
		this.properties = properties;
		this.sender = sender;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(NotificationDelivered event) {
		MessageSourceResolvable kind = text("notification.kind." + event.kind().name());
		send(event.recipient().id(), event.recipient().email(), event.recipient().language(),
				text("notification.mail.subject", kind),
				text("notification.mail.body", kind, this.baseUrl + "/notifications"));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(PasswordResetIssued event) {
		if (event.code() == null) {
			return;
		}
		String mail = event.newAccount() ? "account.mail" : "reset.mail";
		send(event.userId(), event.email(), event.language(), text(mail + ".subject"),
				text(mail + ".body", event.code(), this.baseUrl + "/password-reset", event.username()));
	}

	/**
	 * Sends one e-mail when the organisation sends e-mail and the account has an address.
	 * @param language the language the recipient reads, or null for Parley's default
	 */
	private void send(long accountId, String to, String language, MessageSourceResolvable subject,
			MessageSourceResolvable body) {
		if (!this.properties.enabled() || to == null || to.isBlank()) {
			return;
		}
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			log.warn(
					"parley.mail.enabled is true but no SMTP server is configured (spring.mail.host): no e-mail sent.");
			return;
		}
		// Parley's own default when the user never chose (see ParleyLocaleResolver).
		Locale locale = (language != null) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(to);
		message.setSubject(this.messages.getMessage(subject, locale));
		message.setText(this.messages.getMessage(body, locale));
		try {
			mail.send(message);
		}
		catch (RuntimeException ex) {
			log.warn("E-mail to account {} not sent: {}", accountId, ex.getClass().getName());
		}
	}

	/** A message of the bundles, its arguments translated in the same language. */
	private static MessageSourceResolvable text(String key, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { key }, args);
	}

}
