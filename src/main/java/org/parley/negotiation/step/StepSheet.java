package org.parley.negotiation.step;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.shared.TeamScoped;

/**
 * The part every one-per-case step sheet shares (conflict analysis, objectives,
 * engagement): keyed by its case, scoped by the case's team, versioned against concurrent
 * edits, and stamped with who saved it last.
 */
@MappedSuperclass
public abstract class StepSheet implements TeamScoped, org.parley.shared.CaseScoped {

	@Id
	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@AuditIgnored
	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private Long version;

	protected StepSheet() {
	}

	protected StepSheet(long caseId, long teamId) {
		this.caseId = caseId;
		this.teamId = teamId;
	}

	protected void saved(String user, Instant now) {
		this.updatedBy = user;
		this.updatedAt = now;
	}

	public Sheet.Stamp stamp() {
		return new Sheet.Stamp(this.version, this.updatedBy, this.updatedAt);
	}

	@Override
	public Long caseId() {
		return this.caseId;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

}
