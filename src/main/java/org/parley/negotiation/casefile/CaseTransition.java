package org.parley.negotiation.casefile;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.TransitionKind;
import org.parley.negotiation.TransitionView;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.parley.shared.TeamScoped;

/**
 * One move of a case between steps, for its timeline. Never changed.
 */
@Entity
@Table(name = "case_transition")
public class CaseTransition implements TeamScoped, org.parley.shared.CaseScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_step", nullable = false, updatable = false)
	private MethodStep fromStep;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_step", nullable = false, updatable = false)
	private MethodStep toStep;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private TransitionKind kind;

	@Column(updatable = false)
	private String reason;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	protected CaseTransition() {
	}

	public CaseTransition(long caseId, long teamId, MethodStep fromStep, MethodStep toStep, TransitionKind kind,
			String reason, String actor, Instant occurredAt) {
		this.caseId = caseId;
		this.teamId = teamId;
		this.fromStep = fromStep;
		this.toStep = toStep;
		this.kind = kind;
		this.reason = reason;
		this.actor = actor;
		this.occurredAt = occurredAt;
	}

	@Override
	public Long caseId() {
		return this.caseId;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	public TransitionView view() {
		return new TransitionView(this.fromStep, this.toStep, this.kind, this.reason, this.actor, this.occurredAt);
	}

}
