package org.parley.retention;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.audit.AuditChainVerifier;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Retention as the data protection page describes it: administrators set the periods;
 * closed cases past theirs are listed for their team's HQ reviewers; a legal hold stops
 * the purge; a purge an HQ reviewer proposed and an administrator confirmed destroys the
 * case's identifying values, writes a disposal record and an audit entry without personal
 * data, and the audit chain still verifies. An interlocutor's data is exported on a
 * subject access request to HQ reviewers only.
 */
@IntegrationTest
class RetentionAndPurgeTest {

	private static final SealedColumn REAL_NAME = SealedColumn.of("interlocutor", "real_name");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	FieldSealer sealer;

	@Autowired
	AuditChainVerifier verifier;

	JdbcTemplate jdbc() {
		return new JdbcTemplate(this.dataSource);
	}

	@Test
	void administratorsSetRetentionPeriodsAndEachChangeIsAudited() throws Exception {
		long before = maxSeq();
		this.mvc
			.perform(post("/admin/retention/periods").param("type", "INCIDENT")
				.param("months", "36")
				.with(csrf())
				.with(as(this.users, "admin")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.notNullValue()));
		assertThat(months("INCIDENT")).isEqualTo(36);
		assertThat(jdbc().queryForObject(
				"SELECT count(*) FROM audit_entry WHERE seq > ? AND entity_type = 'RetentionPeriod' AND entity_id = 'INCIDENT' AND actor = 'admin'",
				Long.class, before))
			.isEqualTo(1);

		this.mvc
			.perform(post("/admin/retention/periods").param("type", "INCIDENT")
				.param("months", "3")
				.with(csrf())
				.with(as(this.users, "admin")))
			.andExpect(status().is3xxRedirection());
		assertThat(months("INCIDENT")).as("below the minimum, refused").isEqualTo(36);

		this.mvc
			.perform(post("/admin/retention/periods").param("type", "INCIDENT")
				.param("months", "24")
				.with(csrf())
				.with(as(this.users, "hq")))
			.andExpect(status().isForbidden());
		assertThat(months("INCIDENT")).isEqualTo(36);
		this.mvc.perform(get("/admin/retention").with(as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Closed cases")));
	}

	@Test
	void aClosedCasePastItsPeriodIsReviewedHeldThenPurgedByTwoPeopleAndTheChainStillVerifies() throws Exception {
		long team = jdbc().queryForObject("SELECT id FROM team WHERE name = 'El Salvador'", Long.class);
		long caseId = jdbc().queryForObject("""
				SELECT c.id FROM negotiation_case c WHERE c.team_id = ?
				AND EXISTS (SELECT 1 FROM negotiation_round r WHERE r.case_id = c.id)
				ORDER BY (SELECT count(*) FROM agreement a WHERE a.case_id = c.id), c.id LIMIT 1""", Long.class, team);
		String title = jdbc().queryForObject("SELECT title FROM negotiation_case WHERE id = ?", String.class, caseId);
		long interlocutor = intermediaryOf(caseId, team, "Purge probe", "Ana Purgada");
		close(caseId, "6 years");
		long rounds = jdbc().queryForObject("SELECT count(*) FROM negotiation_round WHERE case_id = ?", Long.class,
				caseId);
		assertThat(rounds).as("the demo case has rounds to purge").isPositive();

		this.mvc.perform(get("/retention").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/retention").with(as(this.users, "field.sv"))).andExpect(status().isForbidden());

		// A legal hold stops the proposal and the purge.
		this.mvc
			.perform(post("/retention/cases/{id}/hold", caseId).param("reason", "Court order 12/2026")
				.with(csrf())
				.with(as(this.users, "hq")))
			.andExpect(status().is3xxRedirection());
		assertThat(
				jdbc().queryForObject("SELECT hold_reason FROM case_retention WHERE case_id = ?", String.class, caseId))
			.isEqualTo("Court order 12/2026");
		this.mvc.perform(post("/retention/cases/{id}/proposal", caseId).with(csrf()).with(as(this.users, "hq")))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(containsString("held"))));
		assertThat(proposedBy(caseId)).isNull();
		jdbc().update("UPDATE case_retention SET proposed_by = 'hq', proposed_at = now() WHERE case_id = ?", caseId);
		this.mvc
			.perform(post("/admin/retention/cases/{id}/purge", caseId).param("confirm", "true")
				.with(csrf())
				.with(as(this.users, "admin")))
			.andExpect(status().is3xxRedirection());
		assertThat(purgedAt(caseId)).as("held: not purged").isNull();
		jdbc().update("UPDATE case_retention SET proposed_by = NULL, proposed_at = NULL WHERE case_id = ?", caseId);

		this.mvc
			.perform(post("/retention/cases/{id}/hold/lift", caseId).param("reason", "Case dismissed")
				.with(csrf())
				.with(as(this.users, "admin")))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/retention/cases/{id}/proposal", caseId).with(csrf()).with(as(this.users, "hq")))
			.andExpect(status().is3xxRedirection());
		assertThat(proposedBy(caseId)).isEqualTo("hq");

		// Confirmation is required, then the administrator purges.
		this.mvc.perform(post("/admin/retention/cases/{id}/purge", caseId).with(csrf()).with(as(this.users, "admin")))
			.andExpect(status().is3xxRedirection());
		assertThat(purgedAt(caseId)).isNull();
		long before = maxSeq();
		this.mvc
			.perform(post("/admin/retention/cases/{id}/purge", caseId).param("confirm", "true")
				.with(csrf())
				.with(as(this.users, "admin")))
			.andExpect(status().is3xxRedirection());
		assertThat(purgedAt(caseId)).isNotNull();

		// Identifying values are destroyed; the rest of the case stays.
		List<String> places = jdbc().queryForList(
				"SELECT coalesce(place, their_participants, outcome) FROM negotiation_round WHERE case_id = ?",
				String.class, caseId);
		assertThat(places).isNotEmpty().allSatisfy((v) -> {
			if (v != null) {
				assertThat(v).startsWith(Sealed.PURGED);
			}
		});
		assertThat(jdbc().queryForObject(
				"SELECT count(*) FROM case_answer WHERE case_id = ? AND answer IS NOT NULL AND answer NOT LIKE 'pk1:purged:%'",
				Long.class, caseId))
			.isZero();
		String realName = jdbc().queryForObject("SELECT real_name FROM interlocutor WHERE id = ?", String.class,
				interlocutor);
		assertThat(realName).startsWith(Sealed.PURGED);
		assertThat(this.sealer.open(team, REAL_NAME, Sealed.stored(realName)).isDestroyed()).isTrue();
		assertThat(jdbc().queryForObject("SELECT title FROM negotiation_case WHERE id = ?", String.class, caseId))
			.isEqualTo(title);

		// The disposal record and one audit entry, with no personal data.
		assertThat(jdbc().queryForMap(
				"SELECT proposed_by, confirmed_by, rule, values_destroyed FROM disposal_record WHERE record_id = ?",
				caseId))
			.containsEntry("proposed_by", "hq")
			.containsEntry("confirmed_by", "admin")
			.containsEntry("rule", "CLOSED_CASE");
		List<String> entries = jdbc().queryForList(
				"SELECT coalesce(changes::text, '') || coalesce(reason, '') FROM audit_entry WHERE seq > ?",
				String.class, before);
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0)).doesNotContain("Ana Purgada").doesNotContain(title);
		assertThat(this.verifier.verify().intact()).as("the chain verifies after the purge").isTrue();

		// The case's history names the retention entries, without the names purged.
		this.mvc.perform(get("/cases/{id}/history", caseId).with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Retention of a case")))
			.andExpect(content().string(not(containsString("Ana Purgada"))));

		// The case's pages still open, the purged values read as destroyed.
		this.mvc.perform(get("/interlocutors/{id}", interlocutor).with(as(this.users, "hq")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/retention/cases/{id}/purge", caseId).param("confirm", "true")
				.with(csrf())
				.with(as(this.users, "admin2")))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(containsString("already"))));
		this.mvc.perform(get("/admin/retention").with(as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Case no. " + caseId)))
			.andExpect(content().string(not(containsString(title))));
	}

	@Test
	void aPurgeProposedByOnePersonIsNotConfirmedByTheSameAndARecentCaseIsNotDue() throws Exception {
		long team = jdbc().queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		long caseId = jdbc().queryForObject("""
				SELECT c.id FROM negotiation_case c WHERE c.team_id = ?
				ORDER BY (SELECT count(*) FROM agreement a WHERE a.case_id = c.id), c.id DESC LIMIT 1""", Long.class,
				team);
		close(caseId, "1 year");
		this.mvc.perform(post("/retention/cases/{id}/proposal", caseId).with(csrf()).with(as(this.users, "hq")))
			.andExpect(flash().attribute("flash", org.hamcrest.Matchers.hasToString(containsString("not-due"))));
		assertThat(proposedBy(caseId)).isNull();
		this.mvc.perform(get("/retention").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/retention/cases/" + caseId + "/proposal"))));
	}

	@Test
	void anInterlocutorsDataIsExportedToHqReviewersOnlyAndTheReadIsRecorded() throws Exception {
		long team = jdbc().queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		long caseId = jdbc().queryForObject("SELECT min(id) FROM negotiation_case WHERE team_id = ?", Long.class, team);
		long interlocutor = intermediaryOf(caseId, team, "Access probe", "Berta Solicitante");
		this.mvc
			.perform(post("/interlocutors/{id}/subject-access", interlocutor).param("reason", "SAR 2026/7")
				.with(csrf())
				.with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(jsonPath("$.codeName").value("Access probe"))
			.andExpect(jsonPath("$.realName").value("Berta Solicitante"));
		assertThat(jdbc().queryForObject(
				"SELECT count(*) FROM read_record WHERE entity_type = 'Interlocutor' AND entity_id = ? AND action = 'EXPORTED'",
				Long.class, Long.toString(interlocutor)))
			.isEqualTo(1);
		assertThat(jdbc().queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'Interlocutor' AND entity_id = ? AND action = 'EXPORT'",
				Long.class, Long.toString(interlocutor)))
			.isEqualTo(1);
		this.mvc
			.perform(post("/interlocutors/{id}/subject-access", interlocutor).with(csrf())
				.with(as(this.users, "auditor")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					post("/interlocutors/{id}/subject-access", interlocutor).with(csrf()).with(as(this.users, "admin")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/interlocutors/{id}/subject-access", interlocutor).with(csrf())
				.with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
	}

	private long intermediaryOf(long caseId, long team, String codeName, String realName) {
		Sealed sealed = this.sealer.seal(team, KeyPurpose.TEAM, REAL_NAME, realName);
		long id = jdbc().queryForObject("""
				INSERT INTO interlocutor (team_id, code_name, real_name, affiliation, intermediary_type, created_by,
				    created_at, updated_at)
				VALUES (?, ?, ?, 'INTERMEDIARY',
				    (SELECT code FROM reference_value WHERE list = 'INTERMEDIARY_TYPE' ORDER BY code LIMIT 1),
				    'field.sv', now(), now())
				RETURNING id""", Long.class, team, codeName, sealed.stored());
		jdbc().update("""
				INSERT INTO case_engagement (case_id, team_id, updated_by, updated_at) VALUES (?, ?, 'field.sv', now())
				ON CONFLICT DO NOTHING""", caseId, team);
		jdbc().update("INSERT INTO case_engagement_intermediary (case_id, interlocutor_id) VALUES (?, ?)", caseId, id);
		return id;
	}

	private void close(long caseId, String ago) {
		jdbc().update("UPDATE negotiation_case SET status = 'CLOSED', closure_outcome = 'NO_AGREEMENT', "
				+ "closed_at = now() - CAST(? AS interval) WHERE id = ?", ago, caseId);
	}

	private int months(String type) {
		return jdbc().queryForObject("SELECT months FROM retention_period WHERE record_type = ?", Integer.class, type);
	}

	private String proposedBy(long caseId) {
		return jdbc().queryForList("SELECT proposed_by FROM case_retention WHERE case_id = ?", String.class, caseId)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private Object purgedAt(long caseId) {
		return jdbc().queryForList("SELECT purged_at FROM case_retention WHERE case_id = ?", Object.class, caseId)
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private long maxSeq() {
		return jdbc().queryForObject("SELECT coalesce(max(seq), 0) FROM audit_entry", Long.class);
	}

}
