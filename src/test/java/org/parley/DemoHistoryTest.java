package org.parley;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.audit.AuditChainVerifier;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's history reads as real (issue 13, item 9): each demo case's events are
 * recorded at their own dates, months apart and in order, by the users who did them, each
 * reason on the entries of its own action only, and the chain intact.
 */
@IntegrationTest
class DemoHistoryTest {

	private static final String CLINIC = "Mobile clinic access to eleven mountain villages";

	private static final String AMBULANCES = "Ambulance safe passage across the divided city";

	private static final String HOSPITAL = "Protection of the valley hospital after the attack";

	private static final String VACCINATION = "Vaccination days in the northern neighbourhoods";

	@Autowired
	DataSource dataSource;

	@Autowired
	AuditChainVerifier verifier;

	private JdbcTemplate jdbc;

	/**
	 * The transaction the demo's history was played in: other tests add entries to the
	 * demo cases, some with the clock set in the past.
	 */
	private String demo;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.demo = this.jdbc.queryForObject(
				"SELECT xmin::text FROM audit_entry WHERE case_id = ? ORDER BY case_seq LIMIT 1", String.class,
				caseId(CLINIC));
	}

	@Test
	void eachCaseIsRecordedOverMonthsInTheOrderItHappened() {
		Instant now = Instant.now();
		Map<String, Integer> openedDaysAgo = Map.of(CLINIC, 200, AMBULANCES, 180, HOSPITAL, 120, VACCINATION, 20);
		openedDaysAgo.forEach((title, days) -> {
			long caseId = caseId(title);
			Instant first = this.jdbc
				.queryForObject("SELECT min(occurred_at) FROM audit_entry WHERE case_id = ?", Timestamp.class, caseId)
				.toInstant();
			assertThat(first).as("%s opened long ago", title).isBefore(now.minus(Duration.ofDays(days)));
			long distinctDays = this.jdbc.queryForObject(
					"SELECT count(DISTINCT (occurred_at AT TIME ZONE 'America/Mexico_City')::date) FROM audit_entry "
							+ "WHERE case_id = ?",
					Long.class, caseId);
			assertThat(distinctDays).as("%s: events on many days", title).isGreaterThanOrEqualTo(5);
			// In the case's own chain, oldest first, time never goes back.
			List<Timestamp> times = this.jdbc.queryForList(
					"SELECT occurred_at FROM audit_entry WHERE case_id = ? AND xmin::text = ? " + "ORDER BY case_seq",
					Timestamp.class, caseId, this.demo);
			assertThat(times).hasSizeGreaterThan(10);
			assertThat(times).as("%s in order", title).isSorted();
		});
		// The clinic's history spans its eight months, from opening to the recent round.
		long clinic = caseId(CLINIC);
		assertThat(this.jdbc.queryForObject(
				"SELECT max(occurred_at) - min(occurred_at) > interval '200 days' FROM audit_entry WHERE case_id = ?",
				Boolean.class, clinic))
			.isTrue();
	}

	@Test
	void hqsDecisionsAndReviewsAreLoggedOnTheirOwnDatesByHq() {
		for (String title : List.of(CLINIC, AMBULANCES, HOSPITAL)) {
			long caseId = caseId(title);
			Map<String, Object> decision = this.jdbc
				.queryForMap("SELECT id, decided_at, decided_by FROM engagement_decision WHERE case_id = ?", caseId);
			assertThat(decision.get("decided_by")).isEqualTo("hq");
			Instant decidedAt = ((Timestamp) decision.get("decided_at")).toInstant();
			assertThat(decidedAt).isBefore(Instant.now().minus(Duration.ofDays(90)));
			assertThat(this.jdbc.queryForList(
					"SELECT actor FROM audit_entry WHERE entity_type = 'EngagementDecision' AND entity_id = ? "
							+ "AND action <> 'CREATE' AND occurred_at = ?",
					String.class, decision.get("id").toString(), decision.get("decided_at")))
				.as("%s: the decision is logged when and by whom it was made", title)
				.containsExactly("hq");
		}
		// The agreements' reviews by HQ: logged at the date HQ reviewed, not today.
		List<Map<String, Object>> reviews = this.jdbc
			.queryForList("SELECT v.id, v.reviewed_at, v.status, c.title FROM agreement_version v JOIN agreement a "
					+ "ON a.id = v.agreement_id JOIN negotiation_case c ON c.id = a.case_id "
					+ "WHERE v.reviewed_at IS NOT NULL AND c.title IN (?, ?, ?)", CLINIC, AMBULANCES, HOSPITAL);
		assertThat(reviews).hasSizeGreaterThanOrEqualTo(4); // the hospital's first
															// wording returned
		for (Map<String, Object> review : reviews) {
			Timestamp reviewedAt = (Timestamp) review.get("reviewed_at");
			assertThat(reviewedAt.toInstant()).isBefore(Instant.now().minus(Duration.ofDays(20)));
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM audit_entry WHERE entity_type = 'AgreementVersion' AND entity_id = ? "
							+ "AND actor = 'hq' AND occurred_at = ?",
					Long.class, review.get("id").toString(), reviewedAt))
				.as("%s: version %s reviewed on its date", review.get("title"), review.get("status"))
				.isEqualTo(1);
		}
	}

	@Test
	void theUsersWhoActedAreNamedAndTheApplicationOnlyForItsScheduledRuns() {
		assertThat(actors(CLINIC)).containsExactlyInAnyOrder("field.mx", "hq", "system");
		assertThat(actors(HOSPITAL)).containsExactlyInAnyOrder("field.mx", "hq", "system");
		assertThat(actors(AMBULANCES)).containsExactlyInAnyOrder("field.sv", "hq", "system");
		assertThat(actors(VACCINATION)).containsExactly("field.sv");
		// The application acts only in its scheduled run, which adds checks and reviews.
		assertThat(this.jdbc
			.queryForList("SELECT DISTINCT entity_type || ' ' || action FROM audit_entry WHERE actor = 'system' "
					+ "AND xmin::text = ?", String.class, this.demo))
			.containsExactlyInAnyOrder("ComplianceCheck CREATE", "GroupReview CREATE");
		// The registry was set up by the field officers, not by "system".
		assertThat(this.jdbc.queryForList(
				"SELECT DISTINCT actor FROM audit_entry "
						+ "WHERE entity_type IN ('ArmedGroup', 'Interlocutor') AND xmin::text = ?",
				String.class, this.demo))
			.containsExactlyInAnyOrder("field.mx", "field.sv");
	}

	@Test
	void eachReasonIsOnTheEntriesOfItsOwnActionOnly() {
		// Every reason of the demo's past: one moment, one user, one case.
		List<Map<String, Object>> reasons = this.jdbc
			.queryForList("SELECT reason, count(DISTINCT occurred_at) AS moments, count(DISTINCT actor) AS actors, "
					+ "count(DISTINCT case_id) AS cases, count(*) AS entries FROM audit_entry "
					+ "WHERE reason IS NOT NULL AND xmin::text = ? GROUP BY reason", this.demo);
		assertThat(reasons).hasSizeGreaterThanOrEqualTo(7);
		for (Map<String, Object> reason : reasons) {
			assertThat(reason).as("reason %s", reason.get("reason"))
				.containsEntry("moments", 1L)
				.containsEntry("actors", 1L)
				.containsEntry("cases", 1L);
		}
		// The reasons HQ gave on a México case are on none of El Salvador's entries, and
		// the other way round.
		assertThat(teamsWithReason("Direct engagement with the commander%")).containsExactly("México – Guerrero");
		assertThat(teamsWithReason("Reword: a hospital guarded%")).containsExactly("México – Guerrero");
		assertThat(teamsWithReason("Direct engagement through the mediator%")).containsExactly("El Salvador");
	}

	private List<String> teamsWithReason(String like) {
		return this.jdbc.queryForList(
				"SELECT DISTINCT t.name FROM audit_entry a JOIN team t ON t.id = a.team_id " + "WHERE a.reason LIKE ?",
				String.class, like);
	}

	@Test
	void theChainIsIntact() {
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	private List<String> actors(String title) {
		return this.jdbc.queryForList("SELECT DISTINCT actor FROM audit_entry WHERE case_id = ? AND xmin::text = ?",
				String.class, caseId(title), this.demo);
	}

	private long caseId(String title) {
		return this.jdbc.queryForObject("SELECT id FROM negotiation_case WHERE title = ?", Long.class, title);
	}

}
