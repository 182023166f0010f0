package org.parley.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.EnumSet;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.identity.Role;
import org.parley.identity.UserAdministration;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With e-mail turned on and an SMTP server configured, a notification also goes out by
 * e-mail after the change is committed, saying only what kind of notice waits in Parley.
 */
@IntegrationTest
class NotificationMailTest {

	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("parley.mail.enabled", () -> "true");
		registry.add("parley.base-url", () -> "https://parley.example.org/");
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	UserAdministration administration;

	@Autowired
	AgreementWorkflow agreementWorkflow;

	@Test
	void aReviewerWithAnAddressGetsOneEMailNamingNothingButTheKindOfNoticeAndParley() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		NotificationFixtures fixtures = new NotificationFixtures(this.mvc, this.users, jdbc, this.administration);
		String reviewer = fixtures.person("mailed", EnumSet.of(Role.HQ_REVIEWER), fixtures.guerrero());
		String address = reviewer + "@example.org";
		jdbc.update("UPDATE app_user SET email = ?, preferred_language = 'es' WHERE username = ?", address, reviewer);

		long id = fixtures.aSubmittedAgreement(this.agreementWorkflow, fixtures.user("field.mx"));
		long caseId = jdbc.queryForObject("SELECT case_id FROM agreement WHERE id = ?", Long.class, id);

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
		assertThat(received).hasSize(1);
		String subject = received[0].getSubject();
		String body = (String) received[0].getContent();
		assertThat(subject).isEqualTo("Parley: Acuerdo en espera de su revisión");
		assertThat(body).contains("https://parley.example.org/notifications");
		String caseTitle = jdbc.queryForObject("SELECT title FROM negotiation_case WHERE id = ?", String.class, caseId);
		for (String sensitive : new String[] { caseTitle, "Notification agreement", "Sierra Alta", "Guerrero",
				"field.mx", "Mateo", "Safe passage", "#" + id }) {
			assertThat(subject + body).doesNotContain(sensitive);
		}
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
