package org.parley.identity;

import org.junit.jupiter.api.Test;
import org.parley.shared.web.Flash;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Separation of duties (issue 14): nobody grants themselves a role or a team, and a grant
 * that widens what someone reads takes effect only once a second administrator confirms
 * it.
 */
@IntegrationTest
class SeparationOfDutiesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserAdministration administration;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAdministratorCannotGiveThemselvesTheHqRoleNorATeamAndSoReadsNoCase() throws Exception {
		long admin = id("admin");
		long guerrero = team("México – Guerrero");
		long version = this.administration.get(admin).getVersion();
		this.mvc
			.perform(post("/admin/users/" + admin).with(as(this.users, "admin"))
				.with(csrf())
				.param("displayName", "Ana Castillo")
				.param("roles", "ADMIN", "HQ_REVIEWER")
				.param("teamIds", Long.toString(guerrero))
				.param("reason", "just looking")
				.param("version", Long.toString(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot give yourself a role or a team")));
		this.mvc
			.perform(post("/admin/users/" + admin).with(as(this.users, "admin"))
				.with(csrf())
				.param("displayName", "Ana Castillo")
				.param("roles", "ADMIN")
				.param("teamIds", Long.toString(guerrero))
				.param("version", Long.toString(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You cannot give yourself a role or a team")));
		assertThat(this.administration.get(admin).getRoles()).containsExactly(Role.ADMIN);
		assertThat(this.administration.get(admin).getTeams()).isEmpty();
		assertThat(count("select count(*) from access_grant where user_id = ?", admin)).isZero();
		this.mvc.perform(get("/cases/" + caseOf(guerrero)).with(as(this.users, "admin")))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void anHqGrantWaitsForASecondAdministratorAndTakesEffectOnlyWhenConfirmed() throws Exception {
		long guerrero = team("México – Guerrero");
		long caseId = caseOf(guerrero);
		long admin2 = id("admin2");
		long version = this.administration.get(admin2).getVersion();
		long hqNoticesBefore = count(
				"select count(*) from notification where kind = 'ACCESS_CHANGED' and recipient_id = ?", id("hq"));

		// The first administrator asks that the second one review Guerrero: requested
		// only.
		MvcResult saved = this.mvc
			.perform(post("/admin/users/" + admin2).with(as(this.users, "admin"))
				.with(csrf())
				.param("displayName", "Jorge Medina")
				.param("roles", "ADMIN", "HQ_REVIEWER")
				.param("teamIds", Long.toString(guerrero))
				.param("reason", "covers for Helena in August")
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(((Flash) saved.getFlashMap().get(Flash.ATTRIBUTE)).key()).isEqualTo("identity.grant.requested");
		assertThat(this.administration.get(admin2).getRoles()).containsExactly(Role.ADMIN);
		assertThat(this.administration.get(admin2).getTeams()).isEmpty();
		assertThat(count("select count(*) from access_grant where user_id = ? and status = 'PENDING'", admin2))
			.isEqualTo(2);
		this.mvc.perform(get("/cases/" + caseId).with(as(this.users, "admin2"))).andExpect(status().is4xxClientError());

		// Shown to the administrators, with who asked and why.
		this.mvc.perform(get("/admin/users").param("lang", "en").with(as(this.users, "admin")))
			.andExpect(content().string(containsString("Grants waiting for a second administrator")))
			.andExpect(content().string(containsString("covers for Helena in August")));

		// Neither the one who asked nor the one it is for can confirm it.
		for (long grant : pending(admin2)) {
			this.mvc
				.perform(post("/admin/users/grants/" + grant + "/confirm").param("version", "0")
					.with(as(this.users, "admin"))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
			this.mvc
				.perform(post("/admin/users/grants/" + grant + "/confirm").param("version", "0")
					.with(as(this.users, "admin2"))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(pending(admin2)).hasSize(2);
		assertThat(this.administration.get(admin2).getRoles()).containsExactly(Role.ADMIN);
		this.mvc.perform(get("/cases/" + caseId).with(as(this.users, "admin2"))).andExpect(status().is4xxClientError());

		// The HQ reviewers of Guerrero heard of the request; the other administrator was
		// not
		// told as the grant is for them.
		assertThat(
				count("select count(*) from notification where kind = 'ACCESS_CHANGED' and recipient_id = ?", id("hq")))
			.isGreaterThan(hqNoticesBefore);
		assertThat(
				count("select count(*) from audit_entry where entity_type = 'AccessGrant' and actor = 'admin'", null))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aSecondAdministratorConfirmsAnHqGrantAndOnlyThenItIsInEffect() throws Exception {
		long guerrero = team("México – Guerrero");
		long caseId = caseOf(guerrero);
		long admin = id("admin");
		long admin2 = id("admin2");
		UserAdministration.Created created = this.administration.create(new UserAdministration.NewUser("hq.new",
				"Nueva Revisora", java.util.EnumSet.of(Role.HQ_REVIEWER), java.util.Set.of(guerrero)), "new HQ desk",
				admin);
		this.jdbc.update("update app_user set must_change_password = false where id = ?", created.id());
		assertThat(created.pendingGrants()).isEqualTo(2);
		assertThat(this.administration.get(created.id()).getRoles()).isEmpty();
		this.mvc.perform(get("/cases/" + caseId).with(as(this.users, "hq.new"))).andExpect(status().is4xxClientError());
		assertThat(
				count("select count(*) from notification where kind = 'ACCESS_REQUESTED' and recipient_id = ?", admin2))
			.isEqualTo(2);

		for (long grant : pending(created.id())) {
			this.mvc
				.perform(post("/admin/users/grants/" + grant + "/confirm").param("version", "0")
					.param("reason", "checked with Helena")
					.with(as(this.users, "admin2"))
					.with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(this.administration.get(created.id()).getRoles()).containsExactly(Role.HQ_REVIEWER);
		assertThat(pending(created.id())).isEmpty();
		this.mvc.perform(get("/cases/" + caseId).with(as(this.users, "hq.new"))).andExpect(status().isOk());

		assertThat(count("select count(*) from access_grant where user_id = ? and status = 'CONFIRMED' "
				+ "and requested_by = ? and decided_by = ?", created.id(), admin, admin2))
			.isEqualTo(2);
		assertThat(count("select count(*) from audit_entry where entity_type = 'UserAccount' and entity_id = '"
				+ created.id() + "' and actor = 'admin2' and reason = 'checked with Helena'", null))
			.isGreaterThanOrEqualTo(1);
		assertThat(
				count("select count(*) from notification where kind = 'ACCESS_CHANGED' and recipient_id = ?", id("hq")))
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void aRequestIsRefusedWithAReasonOrWithdrawnByWhoeverAsked() throws Exception {
		long admin = id("admin");
		long auditor = id("auditor");
		this.administration.grantInterlocutorNames(auditor, this.administration.get(auditor).getVersion(), true,
				"reads the Salvador file", admin);
		long grant = pending(auditor).get(0);
		this.mvc
			.perform(post("/admin/users/grants/" + grant + "/refuse").param("version", "0")
				.with(as(this.users, "admin2"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(pending(auditor)).containsExactly(grant);
		this.mvc
			.perform(post("/admin/users/grants/" + grant + "/refuse").param("version", "0")
				.param("reason", "no need for names")
				.with(as(this.users, "admin2"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(pending(auditor)).isEmpty();
		assertThat(this.administration.get(auditor).isRevealsInterlocutorNames()).isFalse();
		assertThat(count("select count(*) from access_grant where id = ? and status = 'REFUSED'", grant)).isOne();
	}

	private java.util.List<Long> pending(long userId) {
		return this.jdbc.queryForList(
				"select id from access_grant where user_id = ? and status = 'PENDING' order by id", Long.class, userId);
	}

	private long id(String username) {
		return this.jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	private long team(String name) {
		return this.jdbc.queryForObject("select id from team where name = ?", Long.class, name);
	}

	private long caseOf(long teamId) {
		return this.jdbc.queryForObject("select min(id) from negotiation_case where team_id = ?", Long.class, teamId);
	}

	private long count(String sql, Object... args) {
		return (args == null) ? this.jdbc.queryForObject(sql, Long.class)
				: this.jdbc.queryForObject(sql, Long.class, args);
	}

}
