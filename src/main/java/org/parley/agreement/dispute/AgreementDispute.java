package org.parley.agreement.dispute;

import java.util.List;
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
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.agreement.DisputeParty;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.DisputeState;
import org.parley.audit.AuditIgnored;
import org.parley.shared.CaseScoped;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * A dispute under an agreement: raised on a day by one side, about a commitment or a
 * compliance check, taken to the mechanism the agreement names, and closed once with an
 * outcome (settled, partly, not, or escalated to breach) on a day not before it was
 * raised (decision 0025).
 */
@Entity
@org.hibernate.annotations.DynamicUpdate
@Table(name = "agreement_dispute")
public class AgreementDispute implements TeamScoped, CaseScoped {

	/** What the dispute is about: it names people and what they did (decision 0020). */
	static final SealedColumn SUMMARY = SealedColumn.of("agreement_dispute", "summary");

	/** How it ended, in words. */
	static final SealedColumn OUTCOME = SealedColumn.of("agreement_dispute", "outcome");

	static final List<SealedColumn> SEALED = List.of(SUMMARY, OUTCOME);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "raised_on", nullable = false, updatable = false)
	private LocalDate raisedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "raised_by", nullable = false, updatable = false)
	private DisputeParty raisedBy;

	@Column(name = "raised_by_name", updatable = false)
	private String raisedByName;

	@Column(name = "commitment_key", updatable = false)
	private String commitmentKey;

	@Column(name = "check_id", updatable = false)
	private Long checkId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private DisputeSettlement mechanism;

	@Column(nullable = false, updatable = false)
	private Sealed summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DisputeState state;

	private Sealed outcome;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Column(name = "closed_by")
	private String closedBy;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@AuditIgnored
	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected AgreementDispute() {
	}

	AgreementDispute(long agreementId, long caseId, long teamId, DisputeRecord record, String by, Instant now,
			FieldSealer sealer) {
		this.agreementId = agreementId;
		this.caseId = caseId;
		this.teamId = teamId;
		this.raisedOn = record.raisedOn();
		this.raisedBy = record.raisedBy();
		this.raisedByName = Text.blankToNull(record.raisedByName());
		if (this.raisedBy == DisputeParty.OTHER && this.raisedByName == null) {
			throw new RuleViolation("raisedByName", "agreement.dispute.name-required");
		}
		this.commitmentKey = Text.blankToNull(record.commitmentKey());
		this.checkId = record.checkId();
		this.mechanism = record.mechanism();
		this.summary = sealer.seal(teamId, KeyPurpose.TEAM, SUMMARY, record.summary().strip());
		this.state = DisputeState.OPEN;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	/** Closes the dispute with its outcome, once. */
	void close(OutcomeRecord outcome, String by, FieldSealer sealer) {
		requireOpen();
		if (outcome.state() == null || outcome.state() == DisputeState.OPEN) {
			throw new RuleViolation("state", "agreement.dispute.outcome-required");
		}
		if (outcome.closedOn().isBefore(this.raisedOn)) {
			throw new RuleViolation("closedOn", "agreement.dispute.closed-before-raised");
		}
		this.state = outcome.state();
		this.outcome = sealer.seal(this.teamId, KeyPurpose.TEAM, OUTCOME, outcome.outcome().strip());
		this.closedOn = outcome.closedOn();
		this.closedBy = by;
	}

	void requireOpen() {
		if (this.state != DisputeState.OPEN) {
			throw new RuleViolation(null, "agreement.dispute.already-closed");
		}
	}

	public void requireVersion(long expected) {
		ConcurrentEditException.check(getClass().getSimpleName(), this.id, expected, this.version);
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	@Override
	public Long caseId() {
		return this.caseId;
	}

	public Long getId() {
		return this.id;
	}

	public long getAgreementId() {
		return this.agreementId;
	}

	public LocalDate getRaisedOn() {
		return this.raisedOn;
	}

	public DisputeParty getRaisedBy() {
		return this.raisedBy;
	}

	public String getRaisedByName() {
		return this.raisedByName;
	}

	public String getCommitmentKey() {
		return this.commitmentKey;
	}

	public Long getCheckId() {
		return this.checkId;
	}

	public DisputeSettlement getMechanism() {
		return this.mechanism;
	}

	public Sealed getSummary() {
		return this.summary;
	}

	public DisputeState getState() {
		return this.state;
	}

	public Sealed getOutcome() {
		return this.outcome;
	}

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public long getVersion() {
		return this.version;
	}

}
