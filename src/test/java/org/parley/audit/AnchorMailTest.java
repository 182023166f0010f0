package org.parley.audit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With e-mail on, each anchor also goes to the configured addresses, its file and
 * signature attached: a copy that whoever runs the server cannot take back. It names no
 * person, case or place.
 */
class AnchorMailTest {

	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@TempDir
	Path anchors;

	@Test
	void eachAnchorIsMailedWithItsFileAndSignatureToEveryAddress() throws Exception {
		AnchorFile file = new AuditAnchors(this.anchors, "parley", ChainFixtures.TestSigner::new).write(12,
				"ab".repeat(32), Instant.parse("2026-11-23T03:17:00Z"), 1L);
		AnchorMail mail = mail(true, List.of("security@example.org", " archive@example.org "));

		assertThat(mail.recipients()).isEqualTo(2);
		mail.send(this.anchors, file);

		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(received[0].getSubject()).isEqualTo("Parley audit anchor: chain parley, 12 entries");
		Multipart parts = (Multipart) received[0].getContent();
		assertThat(GreenMailUtil.getBody(received[0])).contains(file.name());
		assertThat(List.of(parts.getBodyPart(1).getFileName(), parts.getBodyPart(2).getFileName()))
			.containsExactly(file.name(), file.name() + ".sig");
	}

	@Test
	void withMailOffNothingIsSent() throws Exception {
		AnchorFile file = new AuditAnchors(this.anchors, "parley", ChainFixtures.TestSigner::new).write(3,
				"cd".repeat(32), Instant.parse("2026-11-23T03:17:00Z"), 1L);
		AnchorMail mail = mail(false, List.of("security@example.org"));

		mail.send(this.anchors, file);

		assertThat(mail.recipients()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	private static AnchorMail mail(boolean enabled, List<String> to) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(SMTP_PORT);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new AnchorMail(enabled, "parley@example.org", new AuditProperties(null, null, "parley", "anchors", to),
				new StaticListableBeanFactory(Map.of("mail", sender)).getBeanProvider(JavaMailSender.class), messages);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
