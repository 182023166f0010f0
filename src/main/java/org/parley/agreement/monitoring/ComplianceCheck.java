package org.parley.agreement.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.parley.agreement.CheckResult;
import org.parley.agreement.CheckView;
import org.parley.agreement.Commitment;
import org.parley.agreement.ObligationKind;
import org.parley.agreement.Recurrence;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

/**
 * One check of one commitment on one due date: recorded within three days for a weekly
 * commitment, within a week otherwise.
 */
@Entity
@Table(name = "compliance_check")
public class ComplianceCheck extends Obligation {

	@Column(name = "commitment_key", nullable = false, updatable = false)
	private String commitmentKey;

	@Column(name = "owed_by", nullable = false, updatable = false)
	private String owedBy;

	@Column(nullable = false, updatable = false)
	private String what;

	@Enumerated(EnumType.STRING)
	private CheckResult result;

	private String evidence;

	private String source;

	@Column(name = "checked_on")
	private LocalDate checkedOn;

	protected ComplianceCheck() {
	}

	ComplianceCheck(Scheduled agreement, Commitment commitment, LocalDate dueOn, Instant now) {
		super(agreement, dueOn, (commitment.recurrence() == Recurrence.WEEKLY) ? 3 : 7, now);
		this.commitmentKey = commitment.key();
		this.owedBy = commitment.owedBy();
		this.what = commitment.what();
	}

	@Override
	public ObligationKind kind() {
		return ObligationKind.COMPLIANCE_CHECK;
	}

	/** What the check found: a commitment not or only partly kept needs its evidence. */
	void record(CheckRecord record, String user, Instant now) {
		requireNotRecorded();
		if ((record.result() == CheckResult.VIOLATED || record.result() == CheckResult.PARTLY_COMPLIED)
				&& Text.blankToNull(record.evidence()) == null) {
			throw new RuleViolation("evidence", "agreement.check.evidence-required");
		}
		recordedOn(record.checkedOn(), "checkedOn", user, now);
		this.result = record.result();
		this.evidence = Text.blankToNull(record.evidence());
		this.source = Text.blankToNull(record.source());
		this.checkedOn = record.checkedOn();
	}

	CheckView view(LocalDate today) {
		return new CheckView(getId(), getAgreementId(), getCaseId(), this.commitmentKey, this.owedBy, this.what,
				getDueOn(), getWindowEnds(), this.result, this.evidence, this.source, this.checkedOn, getRecordedBy(),
				getVersion(), due(today), overdue(today));
	}

	String commitmentKey() {
		return this.commitmentKey;
	}

}
