package org.parley.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mails each anchor, its file and signature attached, to the addresses of
 * {@code parley.audit.anchor-mail-to} when e-mail is on ({@code parley.mail.enabled}): a
 * copy outside the server, where whoever runs it cannot take it back. An anchor names no
 * person, case or place: counts, hashes and a time. A failure is logged; the anchor stays
 * in its directory.
 */
@Component
class AnchorMail {

	private static final Logger log = LoggerFactory.getLogger(AnchorMail.class);

	private final boolean enabled;

	private final String from;

	private final List<String> to;

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	@Autowired
	AnchorMail(@Value("${parley.mail.enabled:false}") boolean enabled,
			@Value("${parley.mail.from:parley@localhost}") String from, AuditProperties properties,
			ObjectProvider<JavaMailSender> sender, MessageSource messages) {
		this.enabled = enabled;
		this.from = from;
		this.to = properties.anchorMailTo();
		this.sender = sender;
		this.messages = messages;
	}

	/** How many addresses an anchor goes to now (none while e-mail is off). */
	int recipients() {
		return (this.enabled && this.sender.getIfAvailable() != null) ? this.to.size() : 0;
	}

	void send(Path directory, AnchorFile anchor) {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (!this.enabled || mail == null || this.to.isEmpty()) {
			return;
		}
		try {
			byte[] json = Files.readAllBytes(directory.resolve(anchor.name()));
			byte[] signature = Files.readAllBytes(directory.resolve(anchor.name() + AnchorFiles.SIGNATURE_SUFFIX));
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(this.from);
			helper.setTo(this.to.toArray(String[]::new));
			helper.setSubject(this.messages.getMessage("anchor.mail.subject",
					new Object[] { anchor.anchor().chain(), Long.toString(anchor.anchor().entries()) },
					Locale.ENGLISH));
			helper.setText(this.messages.getMessage("anchor.mail.body",
					new Object[] { anchor.name(), new String(json, StandardCharsets.UTF_8) }, Locale.ENGLISH));
			helper.addAttachment(anchor.name(), new ByteArrayResource(json), "application/json");
			helper.addAttachment(anchor.name() + AnchorFiles.SIGNATURE_SUFFIX, new ByteArrayResource(signature),
					"application/octet-stream");
			mail.send(message);
		}
		catch (IOException | MessagingException | MailException ex) {
			log.warn("The audit anchor {} was not e-mailed: {}", anchor.name(), ex.getClass().getName());
		}
	}

}
