package org.parley.agreement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.parley.audit.AuditIgnored;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * One check of one commitment on one due date. Scheduled by the system; recorded once by
 * a field officer; overdue when its window ends unrecorded.
 */
@Entity
@Table(name = "compliance_check")
class ComplianceCheck implements TeamScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "commitment_key", nullable = false, updatable = false)
	private String commitmentKey;

	@Column(name = "owed_by", nullable = false, updatable = false)
	private String owedBy;

	@Column(nullable = false, updatable = false)
	private String what;

	@Column(name = "due_on", nullable = false, updatable = false)
	private LocalDate dueOn;

	@Column(name = "window_ends", nullable = false, updatable = false)
	private LocalDate windowEnds;

	@Enumerated(EnumType.STRING)
	private CheckResult result;

	private String evidence;

	private String source;

	@Column(name = "checked_on")
	private LocalDate checkedOn;

	@Column(name = "recorded_by")
	private String recordedBy;

	@AuditIgnored
	@Column(name = "recorded_at")
	private Instant recordedAt;

	@AuditIgnored
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ComplianceCheck() {
	}

	ComplianceCheck(long agreementId, long caseId, long teamId, Commitment commitment, LocalDate dueOn,
			LocalDate windowEnds, Instant now) {
		this.agreementId = agreementId;
		this.caseId = caseId;
		this.teamId = teamId;
		this.commitmentKey = commitment.key();
		this.owedBy = commitment.owedBy();
		this.what = commitment.what();
		this.dueOn = dueOn;
		this.windowEnds = windowEnds;
		this.createdAt = now;
	}

	void record(CheckRecord record, String user, Instant now) {
		if (this.result != null) {
			throw new RuleViolation(null, "agreement.check.already-recorded");
		}
		if ((record.result() == CheckResult.VIOLATED || record.result() == CheckResult.PARTLY_COMPLIED)
				&& Text.blankToNull(record.evidence()) == null) {
			throw new RuleViolation("evidence", "agreement.check.evidence-required");
		}
		if (record.checkedOn().isBefore(this.dueOn)) {
			throw new RuleViolation("checkedOn", "agreement.check.before-due");
		}
		this.result = record.result();
		this.evidence = Text.blankToNull(record.evidence());
		this.source = Text.blankToNull(record.source());
		this.checkedOn = record.checkedOn();
		this.recordedBy = user;
		this.recordedAt = now;
	}

	CheckView view(LocalDate today) {
		return new CheckView(this.id, this.agreementId, this.caseId, this.commitmentKey, this.owedBy, this.what,
				this.dueOn, this.windowEnds, this.result, this.evidence, this.source, this.checkedOn, this.recordedBy,
				this.version, !this.dueOn.isAfter(today), this.result == null && this.windowEnds.isBefore(today));
	}

	long getAgreementId() {
		return this.agreementId;
	}

	long getCaseId() {
		return this.caseId;
	}

	long getVersion() {
		return this.version;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	/**
	 * A check as pages and the API show it.
	 *
	 * @param due its due date has come (it can be recorded)
	 * @param overdue not recorded and its window has ended
	 */
	public record CheckView(long id, long agreementId, long caseId, String commitmentKey, String owedBy, String what,
			LocalDate dueOn, LocalDate windowEnds, CheckResult result, String evidence, String source,
			LocalDate checkedOn, String recordedBy, long version, boolean due, boolean overdue) {
	}

}
