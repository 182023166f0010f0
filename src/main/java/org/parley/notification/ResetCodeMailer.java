package org.parley.notification;

import java.util.Locale;

import org.parley.identity.PasswordResetIssued;
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
 * E-mails a user the one-time code of a password reset, once the reset is committed, so
 * the code reaches the user and not the administrator who reset the password. The e-mail
 * holds the code and where to redeem it, nothing else; a failure to send is logged
 * (without the code) and the administrator may reset again.
 */
@Component
class ResetCodeMailer {

	private static final Logger log = LoggerFactory.getLogger(ResetCodeMailer.class);

	private final MailProperties properties;

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final String baseUrl;

	ResetCodeMailer(MailProperties properties, ObjectProvider<JavaMailSender> sender, MessageSource messages,
			@Value("${parley.base-url}") String baseUrl) {
		this.properties = properties;
		this.sender = sender;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(PasswordResetIssued event) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (event.code() == null || event.email() == null || !this.properties.enabled() || mail == null) {
			return;
		}
		Locale locale = (event.language() != null) ? Locale.forLanguageTag(event.language()) : Locale.ENGLISH;
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.properties.from());
		message.setTo(event.email());
		message.setSubject(this.messages.getMessage("reset.mail.subject", null, locale));
		message.setText(this.messages.getMessage("reset.mail.body",
				new Object[] { event.code(), this.baseUrl.replaceAll("/+$", "") + "/password-reset" }, locale));
		try {
			mail.send(message);
		}
		catch (RuntimeException ex) {
			log.warn("Password-reset e-mail to account {} not sent: {}", event.userId(), ex.getClass().getName());
		}
	}

}
