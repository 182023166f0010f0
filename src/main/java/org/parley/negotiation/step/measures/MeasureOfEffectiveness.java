package org.parley.negotiation.step.measures;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.shared.TeamScoped;

/** A measure of effectiveness of a case (step 3), measured during follow-up. */
@Entity
@Table(name = "case_moe")
public class MeasureOfEffectiveness implements TeamScoped, org.parley.shared.CaseScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(nullable = false)
	private String indicator;

	@Column(nullable = false)
	private String unit;

	private BigDecimal baseline;

	@Column(nullable = false)
	private BigDecimal target;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected MeasureOfEffectiveness() {
	}

	public MeasureOfEffectiveness(long caseId, long teamId, Instant now) {
		this.caseId = caseId;
		this.teamId = teamId;
		this.createdAt = now;
	}

	public void update(MoeForm form, Instant now) {
		this.indicator = form.indicator().strip();
		this.unit = form.unit().strip();
		this.baseline = (form.baseline() != null) ? form.baseline().stripTrailingZeros() : null;
		this.target = form.target().stripTrailingZeros();
		this.updatedAt = now;
	}

	public MoeView view() {
		return new MoeView(this.id, new MoeForm(this.indicator, this.unit, plain(this.baseline), plain(this.target)),
				this.version);
	}

	private static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public Long caseId() {
		return this.caseId;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	/** A measure as pages and the API show it. */
	public record MoeView(long id, MoeForm content, long version) {
	}

}
