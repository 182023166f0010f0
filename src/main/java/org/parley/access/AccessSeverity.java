package org.parley.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * A team's severity of access constraints in an area for a month, 0 to 3, with its
 * reasons (sealed). One per team, area and month: a second is a correction of the first.
 */
@Entity
@Table(name = "access_severity")
@DynamicUpdate
class AccessSeverity implements TeamScoped {

	static final SealedColumn REASONS = SealedColumn.of("access_severity", "reasons");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(nullable = false, updatable = false)
	private String country;

	@Column(nullable = false, updatable = false)
	private String region;

	@Column(updatable = false)
	private String locality;

	/** The first day of the month rated. */
	@Column(nullable = false, updatable = false)
	private LocalDate month;

	@Column(nullable = false)
	private int severity;

	private Sealed reasons;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected AccessSeverity() {
	}

	AccessSeverity(long teamId, Area area, YearMonth month) {
		this.teamId = teamId;
		this.country = area.country();
		this.region = area.region();
		this.locality = area.locality();
		this.month = month.atDay(1);
	}

	/** Rates the month (again), sealing the reasons; who rated it last is kept. */
	void rate(int severity, String reasons, String by, Instant now, FieldSealer sealer) {
		this.severity = severity;
		this.reasons = sealer.update(this.reasons, this.teamId, KeyPurpose.TEAM, REASONS, Text.blankToNull(reasons));
		this.recordedBy = by;
		this.recordedAt = now;
	}

	SeverityView view(FieldSealer sealer) {
		return new SeverityView(this.id, this.teamId, area(), YearMonth.from(this.month), this.severity,
				(sealer != null) ? sealer.text(this.teamId, REASONS, this.reasons) : null, this.recordedBy,
				this.recordedAt, this.version);
	}

	Area area() {
		return new Area(this.country, this.region, this.locality);
	}

	YearMonth month() {
		return YearMonth.from(this.month);
	}

	long getVersion() {
		return this.version;
	}

	Long getId() {
		return this.id;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

}
