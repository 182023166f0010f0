package org.parley.agreement;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditState;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * An agreement of a case. Its status follows HQ's review of its versions until one is
 * approved (then it is in force, from the version's start date), and afterwards the
 * changes of its life, each with a reason.
 */
@Entity
@Table(name = "agreement")
class Agreement implements TeamScoped {

	/** The changes of an agreement in force a person may make, each with a reason. */
	private static final Map<AgreementStatus, Set<AgreementStatus>> MOVES = Map.of(AgreementStatus.IN_FORCE,
			Set.of(AgreementStatus.SUSPENDED, AgreementStatus.BREACHED, AgreementStatus.TERMINATED),
			AgreementStatus.SUSPENDED, Set.of(AgreementStatus.IN_FORCE, AgreementStatus.TERMINATED),
			AgreementStatus.BREACHED, Set.of(AgreementStatus.IN_FORCE, AgreementStatus.TERMINATED));

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementStatus status;

	@Column(name = "in_force_version")
	private Integer inForceVersion;

	@Column(name = "status_reason")
	private String statusReason;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Agreement() {
	}

	Agreement(long caseId, long teamId, String createdBy, Instant now) {
		this.caseId = caseId;
		this.teamId = teamId;
		this.status = AgreementStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A version went to HQ: before any approval, the agreement waits with it. */
	void submitted(Instant now) {
		if (this.inForceVersion == null) {
			this.status = AgreementStatus.SUBMITTED;
		}
		this.updatedAt = now;
	}

	void returned(Instant now) {
		if (this.inForceVersion == null) {
			this.status = AgreementStatus.RETURNED;
		}
		this.updatedAt = now;
	}

	/** A version was approved: it is the one in force from now on. */
	void approved(int versionNo, Instant now) {
		this.inForceVersion = versionNo;
		if (this.status == AgreementStatus.DRAFT || this.status == AgreementStatus.SUBMITTED
				|| this.status == AgreementStatus.RETURNED) {
			this.status = AgreementStatus.IN_FORCE;
		}
		this.updatedAt = now;
	}

	/** Suspended, breached, terminated, or back in force: always with a reason. */
	void move(AgreementStatus to, String reason, Instant now) {
		if (to == null || !MOVES.getOrDefault(this.status, Set.of()).contains(to)) {
			throw new RuleViolation("status", "agreement.status.not-allowed");
		}
		if (Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "agreement.status.reason-required");
		}
		this.status = to;
		this.statusReason = reason.strip();
		this.updatedAt = now;
	}

	/**
	 * The end date of the version in force has passed: the agreement has expired. The
	 * page says why in the reader's language; no reason is typed.
	 */
	void expire(Instant now) {
		this.status = AgreementStatus.EXPIRED;
		this.statusReason = null;
		this.updatedAt = now;
	}

	/** Whether a new version may be drafted: not once the agreement has ended. */
	boolean revisable() {
		return this.status != AgreementStatus.TERMINATED && this.status != AgreementStatus.EXPIRED;
	}

	static Set<AgreementStatus> movesFrom(AgreementStatus status) {
		return MOVES.getOrDefault(status, Set.of());
	}

	Long getId() {
		return this.id;
	}

	long getCaseId() {
		return this.caseId;
	}

	AgreementStatus getStatus() {
		return this.status;
	}

	Integer getInForceVersion() {
		return this.inForceVersion;
	}

	String getStatusReason() {
		return this.statusReason;
	}

	String getCreatedBy() {
		return this.createdBy;
	}

	long getVersion() {
		return this.version;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

}
