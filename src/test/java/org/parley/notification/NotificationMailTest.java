package org.parley.notification;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.identity.Role;
import org.parley.identity.UserAdministration;
import org.parley.shared.web.Flash;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

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

	@Test
	void aResetCodeGoesByEMailToTheUserAndTheAdministratorSeesNoneOfIt() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		NotificationFixtures fixtures = new NotificationFixtures(this.mvc, this.users, jdbc, this.administration);
		String person = fixtures.person("forgetful", EnumSet.of(Role.FIELD_OFFICER), fixtures.guerrero());
		String address = person + "@example.org";
		jdbc.update("UPDATE app_user SET email = ?, preferred_language = 'en' WHERE username = ?", address, person);
		long id = fixtures.user(person).id();

		MvcResult reset = this.mvc
			.perform(post("/admin/users/" + id + "/reset-password").with(as(this.users, "admin"))
				.with(csrf())
				.param("reason", "asked by phone"))
			.andReturn();
		Flash flash = (Flash) reset.getFlashMap().get(Flash.ATTRIBUTE);
		assertThat(flash.key()).isEqualTo("identity.user.password-reset.mailed");
		assertThat(flash.args()).containsExactly(person);

		// The code e-mail and the notice that the password was reset.
		assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
		String code = null;
		for (MimeMessage message : smtp.getReceivedMessagesForDomain(address)) {
			Matcher found = Pattern.compile("code: ([A-Z0-9-]{19})").matcher((String) message.getContent());
			if (found.find()) {
				code = found.group(1);
				assertThat((String) message.getContent()).contains("https://parley.example.org/password-reset");
			}
		}
		assertThat(code).isNotNull();
		this.mvc
			.perform(post("/password-reset").with(csrf())
				.param("username", person)
				.param("code", code)
				.param("newPassword", "the clinic opens on tuesday")
				.param("confirmation", "the clinic opens on tuesday"))
			.andExpect(redirectedUrl("/login?reset"));
		this.mvc.perform(formLogin().user(person).password("the clinic opens on tuesday"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aNewAccountWithAnAddressGetsItsCodeByEMailAndTheAdministratorSeesNoneOfIt() throws Exception {
		String username = "newcomer." + java.util.UUID.randomUUID().toString().substring(0, 8);
		String address = username + "@example.org";
		MvcResult created = this.mvc
			.perform(post("/admin/users").with(as(this.users, "admin"))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Nueva Persona")
				.param("email", address)
				.param("roles", "FIELD_OFFICER"))
			.andReturn();
		Flash flash = (Flash) created.getFlashMap().get(Flash.ATTRIBUTE);
		assertThat(flash.key()).isEqualTo("identity.user.created.mailed");
		assertThat(flash.args()).containsExactly(username);

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage[] received = smtp.getReceivedMessagesForDomain(address);
		assertThat(received).hasSize(1);
		String body = (String) received[0].getContent();
		assertThat(received[0].getSubject()).isEqualTo("Parley: your new account");
		assertThat(body).contains("Your username: " + username, "https://parley.example.org/password-reset",
				"72 hours");
		Matcher found = Pattern.compile("code: ([A-Z0-9-]{19})").matcher(body);
		assertThat(found.find()).isTrue();
		// A new account is told nothing in an inbox it never opened.
		long id = new JdbcTemplate(this.dataSource).queryForObject("SELECT id FROM app_user WHERE username = ?",
				Long.class, username);
		assertThat(new JdbcTemplate(this.dataSource)
			.queryForObject("SELECT count(*) FROM notification WHERE recipient_id = ?", Long.class, id)).isZero();

		this.mvc
			.perform(post("/password-reset").with(csrf())
				.param("username", username)
				.param("code", found.group(1))
				.param("newPassword", "the clinic opens on tuesday")
				.param("confirmation", "the clinic opens on tuesday"))
			.andExpect(redirectedUrl("/login?reset"));
		this.mvc.perform(formLogin().user(username).password("the clinic opens on tuesday"))
			.andExpect(redirectedUrl("/"));
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
