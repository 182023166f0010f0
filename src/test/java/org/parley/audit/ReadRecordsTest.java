package org.parley.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What was read is recorded (the openings of a case, an agreement and an incident, a
 * download) with its case and team, and listed per case for the team's auditors and HQ
 * reviewers and per person for auditors, in the reader's language.
 */
@IntegrationTest
class ReadRecordsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	ReadLog readLog;

	private JdbcTemplate jdbc;

	private long guerrero;

	private long salvador;

	@BeforeEach
	void teams() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		this.salvador = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'El Salvador'", Long.class);
	}

	@Test
	void openingACaseDoesNotWaitForTheAuditChainsWriters() throws Exception {
		long caseId = this.jdbc.queryForObject("SELECT min(id) FROM negotiation_case WHERE team_id = ?", Long.class,
				this.salvador);
		long before = this.jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM read_record", Long.class);
		// Another transaction holds the chain's lock, as a long write would.
		try (java.sql.Connection writer = this.dataSource.getConnection()) {
			writer.setAutoCommit(false);
			try (java.sql.Statement lock = writer.createStatement()) {
				lock.execute("SELECT pg_advisory_xact_lock(" + AuditWriter.CHAIN_LOCK + ")");
			}
			java.util.concurrent.CompletableFuture<Integer> opened = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> {
					try {
						return this.mvc.perform(get("/cases/" + caseId).with(as(this.users, "auditor")))
							.andReturn()
							.getResponse()
							.getStatus();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
				});

			assertThat(opened.get(20, java.util.concurrent.TimeUnit.SECONDS)).as("opened while the chain was locked")
				.isEqualTo(200);
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM read_record WHERE id > ? AND entity_type = 'NegotiationCase' AND entity_id = ?",
					Long.class, before, Long.toString(caseId)))
				.isEqualTo(1);
			writer.rollback();
		}
	}

	@Test
	void readingThroughTheApiIsRecordedToo() throws Exception {
		long agreementId = this.jdbc.queryForObject("SELECT min(id) FROM agreement WHERE team_id = ?", Long.class,
				this.salvador);
		long caseId = this.jdbc.queryForObject("SELECT case_id FROM agreement WHERE id = ?", Long.class, agreementId);
		long incidentId = this.jdbc.queryForObject("SELECT min(id) FROM security_incident WHERE team_id = ?",
				Long.class, this.salvador);
		long before = this.jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM read_record", Long.class);

		this.mvc.perform(get("/api/v1/cases/" + caseId).with(as(this.users, "auditor"))).andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/agreements/" + agreementId).with(as(this.users, "auditor")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/incidents/" + incidentId).with(as(this.users, "auditor")))
			.andExpect(status().isOk());

		assertThat(this.jdbc.queryForList(
				"SELECT entity_type || ':' || entity_id || ':' || team_id FROM read_record"
						+ " WHERE id > ? AND actor = 'auditor' AND action = 'OPENED' ORDER BY id",
				String.class, before))
			.containsExactly("NegotiationCase:" + caseId + ":" + this.salvador,
					"Agreement:" + agreementId + ":" + this.salvador, "Incident:" + incidentId + ":" + this.salvador);
	}

	@Test
	void openingACaseAnAgreementAndAnIncidentIsRecordedUnderTheCase() throws Exception {
		long agreementId = this.jdbc.queryForObject("SELECT min(id) FROM agreement WHERE team_id = ?", Long.class,
				this.guerrero);
		long caseId = this.jdbc.queryForObject("SELECT case_id FROM agreement WHERE id = ?", Long.class, agreementId);
		this.mvc.perform(get("/cases/" + caseId).with(as(this.users, "auditor"))).andExpect(status().isOk());
		this.mvc.perform(get("/agreements/" + agreementId).with(as(this.users, "auditor"))).andExpect(status().isOk());
		Long incidentId = this.jdbc.queryForObject("SELECT min(id) FROM security_incident WHERE case_id = ?",
				Long.class, caseId);
		if (incidentId != null) {
			this.mvc.perform(get("/incidents/" + incidentId).with(as(this.users, "auditor")))
				.andExpect(status().isOk());
		}

		List<ReadRecordView> reads = this.readLog.ofCase(caseId, null, 50)
			.items()
			.stream()
			.filter((r) -> r.actor().equals("auditor"))
			.toList();
		assertThat(reads).anySatisfy((r) -> {
			assertThat(r.action()).isEqualTo(ReadAction.OPENED);
			assertThat(r.entityType()).isEqualTo("NegotiationCase");
			assertThat(r.entityId()).isEqualTo(Long.toString(caseId));
			assertThat(r.teamId()).isEqualTo(this.guerrero);
		}).anySatisfy((r) -> {
			assertThat(r.entityType()).isEqualTo("Agreement");
			assertThat(r.entityId()).isEqualTo(Long.toString(agreementId));
			assertThat(r.caseId()).isEqualTo(caseId);
			assertThat(r.teamId()).isEqualTo(this.guerrero);
		});
		if (incidentId != null) {
			assertThat(reads)
				.anySatisfy((r) -> assertThat(r.entityType() + r.entityId()).isEqualTo("Incident" + incidentId));
		}

		// The case's page lists them, translated, for the team's auditors and HQ
		// reviewers.
		this.mvc.perform(get("/cases/" + caseId + "/reads").param("lang", "es").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Quién consultó"), containsString("Abrió"),
					containsString("href=\"/agreements/" + agreementId + "\">Acuerdo: "),
					containsString(">Caso: " + caseTitle(caseId) + "<"), containsString(">Arturo Quiroga<"),
					containsString(" CST</time>"), not(containsString("n.º")), not(containsString("NegotiationCase")),
					not(containsString("OPENED")))));
		this.mvc.perform(get("/cases/" + caseId).with(as(this.users, "hq")))
			.andExpect(content().string(containsString("/cases/" + caseId + "/reads")));
		// Field officers work on the case but do not see who else read it.
		this.mvc.perform(get("/cases/" + caseId + "/reads").with(as(this.users, "field.mx")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/cases/" + caseId).with(as(this.users, "field.mx")))
			.andExpect(content().string(not(containsString("/cases/" + caseId + "/reads"))));
		// Another team's officer does not find the case at all.
		this.mvc.perform(get("/cases/" + caseId + "/reads").with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDownloadIsRecordedWithTheCaseOfItsAgreement() throws Exception {
		long agreementId = this.jdbc.queryForObject(
				"SELECT min(id) FROM agreement WHERE team_id = ? AND status = 'IN_FORCE'", Long.class, this.guerrero);
		long caseId = this.jdbc.queryForObject("SELECT case_id FROM agreement WHERE id = ?", Long.class, agreementId);
		this.mvc.perform(multipart("/agreements/" + agreementId + "/attachments")
			.file(new MockMultipartFile("file", "acta.pdf", "application/pdf",
					"%PDF-1.4\n% acta firmada\n".getBytes(StandardCharsets.US_ASCII)))
			.param("kind", "SIGNED_SCAN")
			.with(as(this.users, "field.mx"))
			.with(csrf())).andExpect(status().is3xxRedirection());
		long document = this.jdbc.queryForObject(
				"SELECT max(document_id) FROM agreement_attachment WHERE agreement_id = ?", Long.class, agreementId);
		this.mvc.perform(get("/documents/" + document).with(as(this.users, "auditor"))).andExpect(status().isOk());

		assertThat(this.readLog.ofCase(caseId, null, 50).items()).anySatisfy((r) -> {
			assertThat(r.action()).isEqualTo(ReadAction.DOWNLOADED);
			assertThat(r.actor()).isEqualTo("auditor");
			assertThat(r.entityType()).isEqualTo("StoredDocument");
			assertThat(r.entityId()).isEqualTo(Long.toString(document));
			assertThat(r.teamId()).isEqualTo(this.guerrero);
		});
	}

	@Test
	void whatOnePersonReadIsListedForAuditorsAndHqWithinTheirTeams() throws Exception {
		long mexicanCase = this.jdbc.queryForObject("SELECT min(id) FROM negotiation_case WHERE team_id = ?",
				Long.class, this.guerrero);
		long salvadoranCase = this.jdbc.queryForObject("SELECT min(id) FROM negotiation_case WHERE team_id = ?",
				Long.class, this.salvador);
		this.mvc.perform(get("/cases/" + mexicanCase).with(as(this.users, "hq"))).andExpect(status().isOk());
		this.mvc.perform(get("/cases/" + salvadoranCase).with(as(this.users, "hq"))).andExpect(status().isOk());

		assertThat(this.readLog.ofActor("hq", Set.of(this.guerrero), false, null, 100).items())
			.extracting(ReadRecordView::caseId)
			.contains(mexicanCase)
			.doesNotContain(salvadoranCase);
		this.mvc.perform(get("/audit/reads").param("actor", "hq").param("lang", "es").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Qué consultó Helena Brandt (hq)"),
					containsString(">" + caseTitle(mexicanCase) + "</a>"),
					containsString(">" + caseTitle(salvadoranCase) + "</a>"), not(containsString("n.º")))));
		// Someone who read nothing: the page says what that means.
		this.mvc
			.perform(get("/audit/reads").param("actor", "nobody").param("lang", "es").with(as(this.users, "auditor")))
			.andExpect(content().string(containsString("Nada registrado: en los equipos que usted puede ver")));
		// HQ reviewers list it too, within their teams; field officers do not reach it.
		this.mvc.perform(get("/audit/reads").param("actor", "hq").param("lang", "es").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + caseTitle(mexicanCase) + "</a>")));
		this.mvc.perform(get("/audit/reads").param("actor", "hq").with(as(this.users, "field.mx")))
			.andExpect(status().isForbidden());
	}

	private String caseTitle(long caseId) {
		return this.jdbc.queryForObject("SELECT title FROM negotiation_case WHERE id = ?", String.class, caseId);
	}

}
