package org.parley.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.FieldChange;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each kind of record is kept once finished, in months: set by administrators,
 * every change in the audit log.
 */
@Service
public class RetentionPeriods {

	static final int MIN_MONTHS = 12;

	static final int MAX_MONTHS = 600;

	private final JdbcTemplate jdbc;

	private final AuditLog auditLog;

	private final Clock clock;

	RetentionPeriods(DataSource dataSource, AuditLog auditLog, Clock clock) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A period, who set it last and when. */
	public record Period(RecordType type, int months, String updatedBy, Instant updatedAt) {
	}

	@Transactional(readOnly = true)
	public List<Period> all() {
		return this.jdbc.query("SELECT * FROM retention_period ORDER BY record_type",
				(rs, n) -> new Period(RecordType.valueOf(rs.getString("record_type")), rs.getInt("months"),
						rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant()));
	}

	@Transactional(readOnly = true)
	public int months(RecordType type) {
		return this.jdbc.queryForObject("SELECT months FROM retention_period WHERE record_type = ?", Integer.class,
				type.name());
	}

	/**
	 * The moment before which a record of the type, finished then, is past its period.
	 */
	@Transactional(readOnly = true)
	public Instant cutoff(RecordType type) {
		return this.clock.instant().atOffset(ZoneOffset.UTC).minusMonths(months(type)).toInstant();
	}

	/**
	 * Sets a period (administrators only).
	 * @throws RuleViolation when the months are outside 12 to 600
	 */
	@Transactional
	public void set(RecordType type, Integer months, CurrentUser user) {
		if (!user.hasRole("ADMIN")) {
			throw new AccessDeniedException("Only administrators set retention periods");
		}
		if (type == null) {
			throw new RuleViolation("type", "validation.required");
		}
		if (months == null || months < MIN_MONTHS || months > MAX_MONTHS) {
			throw new RuleViolation("months", "retention.period.out-of-range");
		}
		int before = months(type);
		if (before == months) {
			return;
		}
		this.jdbc.update("UPDATE retention_period SET months = ?, updated_by = ?, updated_at = ? WHERE record_type = ?",
				months, user.username(), Timestamp.from(this.clock.instant()), type.name());
		this.auditLog.record(user.username(), AuditAction.UPDATE, "RetentionPeriod", type.name(), null,
				Map.of("months", new FieldChange(Integer.toString(before), Integer.toString(months))), null);
	}

}
