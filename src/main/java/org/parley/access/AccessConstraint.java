package org.parley.access;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * An access constraint a team recorded: where, since when (and until when), of which
 * category and sub-type, what happened (sealed), and the cases, incidents and groups it
 * concerns (already checked by {@link AccessConstraints}).
 */
@Entity
@Table(name = "access_constraint")
@DynamicUpdate
class AccessConstraint implements TeamScoped {

	static final SealedColumn DESCRIPTION = SealedColumn.of("access_constraint", "description");

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(nullable = false)
	private String country;

	@Column(nullable = false)
	private String region;

	private String locality;

	@Column(name = "started_on", nullable = false)
	private LocalDate startedOn;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccessCategory category;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AccessSubtype subtype;

	private Sealed description;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "case_ids", nullable = false)
	private List<Long> caseIds = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "incident_ids", nullable = false)
	private List<Long> incidentIds = new ArrayList<>();

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "group_ids", nullable = false)
	private List<Long> groupIds = new ArrayList<>();

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected AccessConstraint() {
	}

	AccessConstraint(long teamId, String recordedBy, Instant now) {
		this.teamId = teamId;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	/** Writes what was recorded, sealing the description; the links are checked. */
	void write(ConstraintForm form, FieldSealer sealer) {
		Area area = form.area();
		this.country = area.country();
		this.region = area.region();
		this.locality = area.locality();
		this.startedOn = form.startedOn();
		this.endedOn = form.endedOn();
		this.category = form.category();
		this.subtype = form.subtype();
		this.description = sealer.update(this.description, this.teamId, KeyPurpose.TEAM, DESCRIPTION,
				Text.blankToNull(form.description()));
		this.caseIds = new ArrayList<>(form.caseIds());
		this.incidentIds = new ArrayList<>(form.incidentIds());
		this.groupIds = new ArrayList<>(form.groupIds());
	}

	/**
	 * The constraint as its team reads it.
	 * @param sealer opens the description; null leaves it out
	 */
	ConstraintView view(FieldSealer sealer, List<ConstraintView.Link> cases, List<ConstraintView.Link> incidents,
			List<ConstraintView.Link> groups) {
		return new ConstraintView(this.id, this.teamId, new Area(this.country, this.region, this.locality),
				this.startedOn, this.endedOn, this.category, this.subtype,
				(sealer != null) ? sealer.text(this.teamId, DESCRIPTION, this.description) : null, cases, incidents,
				groups, this.recordedBy, this.recordedAt, this.version);
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	List<Long> caseIds() {
		return List.copyOf(this.caseIds);
	}

	List<Long> incidentIds() {
		return List.copyOf(this.incidentIds);
	}

	List<Long> groupIds() {
		return List.copyOf(this.groupIds);
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

}
