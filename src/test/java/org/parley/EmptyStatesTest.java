package org.parley;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.parley.identity.Role;
import org.parley.identity.UserAdministration;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A new team's lists are empty, and each says what to do: the field officer is told how
 * to fill it, the auditor who may not is told where its entries will come from.
 */
@IntegrationTest
class EmptyStatesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserAdministration administration;

	@Autowired
	DataSource dataSource;

	@Autowired
	MessageSource messages;

	private JdbcTemplate jdbc;

	private long team;

	@BeforeEach
	void aNewTeam() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.team = this.jdbc.queryForObject(
				"INSERT INTO team (name, description, created_at) VALUES (?, 'Empty lists', now()) RETURNING id",
				Long.class, "Nueva oficina " + suffix());
	}

	@Test
	void aFieldOfficerOfANewTeamIsToldHowToFillEachList() throws Exception {
		String officer = account("fo-", Role.FIELD_OFFICER);
		for (Locale language : new Locale[] { Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.FRENCH }) {
			assertThat(page("/cases", officer, language)).contains(text("negotiation.case.list.empty", language),
					text("negotiation.case.list.empty.act", language, text("negotiation.case.new", language)));
			assertThat(page("/incidents", officer, language)).contains(text("incident.list.none", language),
					text("incident.list.empty.act", language, text("incident.new.title", language)));
			assertThat(page("/access/constraints", officer, language))
				.contains(text("access.constraints.empty.act", language, text("access.constraint.new", language)));
			assertThat(page("/disclosure-requests", officer, language))
				.contains(text("disclosure.list.empty.act", language, text("disclosure.new.title", language)));
			assertThat(page("/interlocutors", officer, language))
				.contains(text("interlocutor.list.empty.act", language, text("interlocutor.new", language)));
			assertThat(page("/notifications", officer, language)).contains(text("notification.list.empty", language));
		}
	}

	@Test
	void anAuditorOfANewTeamIsToldWhereTheEntriesWillComeFrom() throws Exception {
		String auditor = account("au-", Role.AUDITOR);
		assertThat(page("/cases", auditor, Locale.ENGLISH))
			.contains(text("negotiation.case.list.empty.wait", Locale.ENGLISH))
			.doesNotContain(text("negotiation.case.new", Locale.ENGLISH));
		assertThat(page("/incidents", auditor, Locale.FRENCH))
			.contains(text("incident.list.empty.wait", Locale.FRENCH));
	}

	private String page(String path, String username, Locale language) throws Exception {
		String html = this.mvc.perform(get(path).param("lang", language.getLanguage()).with(as(this.users, username)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).as(path).contains("empty-state");
		return HtmlUtils.htmlUnescape(html);
	}

	private String text(String key, Locale language, Object... args) {
		return this.messages.getMessage(key, (args.length == 0) ? null : args, language);
	}

	private String account(String prefix, Role role) {
		String username = prefix + suffix();
		long id = ConfirmedAccounts
			.create(this.administration, this.jdbc,
					new UserAdministration.NewUser(username, "Prueba " + username, Set.of(role), Set.of(this.team)))
			.id();
		this.jdbc.update("UPDATE app_user SET must_change_password = false WHERE id = ?", id);
		return username;
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
