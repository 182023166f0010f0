package org.parley.negotiation.step.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * One measurement of a measure of effectiveness during follow-up (step 8): its value on a
 * date, where it comes from, and a note.
 */
@Entity
@Table(name = "moe_measurement")
public class MoeMeasurement implements TeamScoped, org.parley.shared.CaseScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "moe_id", nullable = false, updatable = false)
	private Long moeId;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "measured_on", nullable = false)
	private LocalDate measuredOn;

	@Column(nullable = false)
	private BigDecimal value;

	private String source;

	private String note;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected MoeMeasurement() {
	}

	public MoeMeasurement(long moeId, long caseId, long teamId, String createdBy, Instant now) {
		this.moeId = moeId;
		this.caseId = caseId;
		this.teamId = teamId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public void update(MeasurementForm form) {
		this.measuredOn = form.measuredOn();
		this.value = form.value().stripTrailingZeros();
		this.source = Text.blankToNull(form.source());
		this.note = Text.blankToNull(form.note());
	}

	public MeasurementView view() {
		return new MeasurementView(this.id, this.moeId,
				new MeasurementForm(this.measuredOn, plain(this.value), this.source, this.note), this.createdBy,
				this.version);
	}

	public static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	public long getId() {
		return this.id;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public long getMoeId() {
		return this.moeId;
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

	/**
	 * A measurement as pages and the API show it.
	 *
	 * @param moeId the measure it measures
	 * @param version If-Match to change or remove it
	 */
	public record MeasurementView(long id, long moeId, MeasurementForm content, String createdBy, long version) {
	}

}
