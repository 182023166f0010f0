package org.parley.armedgroup;

import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.identity.Role;
import org.parley.identity.UserAdministration;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Interlocutors stay hidden from auditors unless an administrator grants an auditor their
 * teams' names, on the auditor's page; the grant is audited, and an auditor who holds it
 * may reveal a name (recorded like anyone's reveal) but still edits nothing.
 */
@IntegrationTest
class AuditorNamesGrantTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserAdministration administration;

	@Autowired
	DataSource dataSource;

	@Test
	void anAdministratorGrantsAnAuditorTheNamesOfTheirTeamsInterlocutors() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long guerrero = jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		long pastor = jdbc.queryForObject("SELECT id FROM interlocutor WHERE code_name = 'PASTOR'", Long.class);
		String username = "aud-" + UUID.randomUUID().toString().substring(0, 8);
		long id = ConfirmedAccounts
			.create(this.administration, jdbc,
					new UserAdministration.NewUser(username, "Auditora de prueba", Set.of(Role.AUDITOR),
							Set.of(guerrero)))
			.id();
		// As if they had signed in once and chosen their own password.
		jdbc.update("UPDATE app_user SET must_change_password = false WHERE id = ?", id);

		this.mvc.perform(get("/interlocutors/" + pastor).with(as(this.users, username)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users/" + id).param("lang", "en").with(as(this.users, "admin")))
			.andExpect(content().string(containsString("Not granted: real names stay hidden from this auditor.")));

		long version = this.administration.get(id).getVersion();
		this.mvc
			.perform(post("/admin/users/" + id + "/interlocutor-names").param("version", Long.toString(version))
				.param("granted", "true")
				.param("reason", "reviews the Guerrero talks")
				.with(as(this.users, "admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		// Requested, not granted: a second administrator confirms it.
		assertThat(this.administration.get(id).isRevealsInterlocutorNames()).isFalse();
		this.mvc.perform(get("/interlocutors/" + pastor).with(as(this.users, username)))
			.andExpect(status().isNotFound());
		long grant = jdbc.queryForObject(
				"SELECT id FROM access_grant WHERE user_id = ? AND kind = 'INTERLOCUTOR_NAMES' AND status = 'PENDING'",
				Long.class, id);
		this.mvc
			.perform(post("/admin/users/grants/" + grant + "/confirm").param("version", "0")
				.with(as(this.users, "admin2"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.administration.get(id).isRevealsInterlocutorNames()).isTrue();
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'UserAccount' AND entity_id = ? AND actor = 'admin2' "
						+ "AND changes::text LIKE '%revealsInterlocutorNames%'",
				Long.class, Long.toString(id)))
			.isOne();

		this.mvc.perform(get("/interlocutors/" + pastor).with(as(this.users, username))).andExpect(status().isOk());
		this.mvc.perform(post("/interlocutors/" + pastor + "/reveal").with(as(this.users, username)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("revealed")));
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM read_record WHERE actor = ? AND action = 'REVEALED' AND entity_id = ?",
				Long.class, username, Long.toString(pastor)))
			.isOne();
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE actor = ? AND action = 'REVEAL' AND entity_id = ?", Long.class,
				username, Long.toString(pastor)))
			.isOne();
		// Still read-only: the grant shows names, it does not let them edit.
		this.mvc.perform(post("/interlocutors/" + pastor).with(as(this.users, username)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyAuditorsReceiveTheGrant() throws Exception {
		long fieldMx = new JdbcTemplate(this.dataSource)
			.queryForObject("SELECT id FROM app_user WHERE username = 'field.mx'", Long.class);
		long version = this.administration.get(fieldMx).getVersion();
		this.mvc
			.perform(post("/admin/users/" + fieldMx + "/interlocutor-names").param("version", Long.toString(version))
				.param("granted", "true")
				.with(as(this.users, "admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.administration.get(fieldMx).isRevealsInterlocutorNames()).isFalse();
	}

}
