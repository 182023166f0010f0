package org.parley.agreement.internal;

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
import org.parley.agreement.Commitment;
import org.parley.agreement.CommitmentCategory;
import org.parley.audit.AuditIgnored;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * How far one commitment was implemented in one month, on the Peace Accords Matrix scale
 * (0 not started, 1 minimal, 2 intermediate, 3 full). Scored again, it is changed, and
 * the audit log keeps the earlier score.
 */
@Entity
@Table(name = "implementation_score")
class ImplementationScore implements TeamScoped, OfAgreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "commitment_key", nullable = false, updatable = false)
	private String commitmentKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private CommitmentCategory category;

	@Column(nullable = false, updatable = false)
	private LocalDate period;

	@Column(nullable = false)
	private short score;

	private String note;

	@Column(name = "scored_by", nullable = false)
	private String scoredBy;

	@AuditIgnored
	@Column(name = "scored_at", nullable = false)
	private Instant scoredAt;

	@Version
	private long version;

	protected ImplementationScore() {
	}

	ImplementationScore(long agreementId, long teamId, Commitment commitment, LocalDate period) {
		this.agreementId = agreementId;
		this.teamId = teamId;
		this.commitmentKey = commitment.key();
		this.category = commitment.category();
		this.period = period.withDayOfMonth(1);
	}

	void score(int value, String note, String user, Instant now) {
		if (value < 0 || value > 3) {
			throw new RuleViolation("score", "agreement.score.range");
		}
		this.score = (short) value;
		this.note = Text.blankToNull(note);
		this.scoredBy = user;
		this.scoredAt = now;
	}

	String getCommitmentKey() {
		return this.commitmentKey;
	}

	CommitmentCategory getCategory() {
		return this.category;
	}

	LocalDate getPeriod() {
		return this.period;
	}

	int getScore() {
		return this.score;
	}

	String getNote() {
		return this.note;
	}

	String getScoredBy() {
		return this.scoredBy;
	}

	Instant getScoredAt() {
		return this.scoredAt;
	}

	@Override
	public Long agreementId() {
		return this.agreementId;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

}
