package org.parley.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import javax.sql.DataSource;

import org.parley.shared.SecurityEvents;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the {@link AuditChainVerifier} and keeps each run's outcome (when, by whom, how
 * many entries, where the chain first broke), so an auditor's start page can tell when
 * the log was last checked without reading it all again.
 */
@Service
public class AuditVerifications {

	private final AuditChainVerifier verifier;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	AuditVerifications(AuditChainVerifier verifier, DataSource dataSource, Clock clock) {
		this.verifier = verifier;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.clock = clock;
	}

	/** Verifies the whole chain now, as the current user, and records the outcome. */
	@Transactional
	public AuditChainReport run() {
		AuditChainReport report = this.verifier.verify();
		AuditChainReport.Problem first = report.intact() ? null : report.problems().get(0);
		String actor = Actors.current();
		if (first != null) {
			SecurityEvents.record(SecurityEvents.Kind.INTEGRITY_FAILURE, actor,
					"audit-chain-seq-" + first.seq() + "-" + first.kind().name());
		}
		this.jdbc.update("""
				INSERT INTO audit_verification (ran_at, ran_by, entries_checked, head_seq, problem_count,
				                                first_broken_seq, first_broken_kind)
				VALUES (:at, :by, :checked, :head, :problems, :firstSeq, :firstKind)""",
				new MapSqlParameterSource().addValue("at", Timestamp.from(this.clock.instant()))
					.addValue("by", (actor.length() <= 100) ? actor : actor.substring(0, 100))
					.addValue("checked", report.entriesChecked())
					.addValue("head", report.headSeq())
					.addValue("problems", report.problems().size())
					.addValue("firstSeq", (first != null) ? first.seq() : null)
					.addValue("firstKind", (first != null) ? first.kind().name() : null));
		return report;
	}

	/** The outcome of the latest run, if the chain was ever verified. */
	@Transactional(readOnly = true)
	public Optional<LastVerification> last() {
		return this.jdbc.query("""
				SELECT ran_at, ran_by, entries_checked, head_seq, problem_count, first_broken_seq, first_broken_kind
				FROM audit_verification ORDER BY id DESC LIMIT 1""", new MapSqlParameterSource(), (rs, n) -> {
			long firstSeq = rs.getLong("first_broken_seq");
			Long first = rs.wasNull() ? null : firstSeq;
			String kind = rs.getString("first_broken_kind");
			return new LastVerification(rs.getObject("ran_at", OffsetDateTime.class).toInstant(),
					rs.getString("ran_by"), rs.getLong("entries_checked"), rs.getLong("head_seq"),
					rs.getInt("problem_count"), first, (kind != null) ? AuditChainReport.Kind.valueOf(kind) : null);
		}).stream().findFirst();
	}

}
