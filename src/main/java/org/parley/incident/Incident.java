package org.parley.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
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
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * A security incident recorded by a team. The links (case, agreement, commitment, check)
 * and the perpetrator are checked by {@link Incidents} before they reach it.
 */
@Entity
@Table(name = "security_incident")
class Incident implements TeamScoped, org.parley.shared.CaseScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "case_id")
	private Long caseId;

	@Column(name = "agreement_id")
	private Long agreementId;

	@Column(name = "commitment_key")
	private String commitmentKey;

	@Column(name = "compliance_check_id")
	private Long checkId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private IncidentType type;

	@Convert(converter = EnumSetColumn.AffectedColumn.class)
	@Column(nullable = false)
	private Set<Affected> affected = EnumSet.noneOf(Affected.class);

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	// The place, sensitive: kept together so that it can be encrypted as one.

	@Column(name = "place_country")
	private String country;

	@Column(name = "place_region")
	private String region;

	@Column(name = "place_locality")
	private String locality;

	@Column(name = "place_description")
	private String placeDescription;

	@Column(name = "perpetrator_group_id")
	private Long perpetratorGroupId;

	@Embedded
	private AffectedPeople people;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Certainty certainty;

	private String narrative;

	private String sources;

	@Convert(converter = EnumSetColumn.SharedFieldsColumn.class)
	@Column(name = "shared_fields", nullable = false)
	private Set<SharedField> sharedFields = EnumSet.noneOf(SharedField.class);

	@Column(name = "reported_by", nullable = false, updatable = false)
	private String reportedBy;

	@Column(name = "reported_at", nullable = false, updatable = false)
	private Instant reportedAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Incident() {
	}

	Incident(long teamId, String reportedBy, Instant now) {
		this.teamId = teamId;
		this.reportedBy = reportedBy;
		this.reportedAt = now;
	}

	/** Writes what was reported; the links are already checked. */
	void write(IncidentForm form, Links links, Instant now) {
		this.caseId = links.caseId();
		this.agreementId = links.agreementId();
		this.commitmentKey = links.commitmentKey();
		this.checkId = links.checkId();
		this.type = form.type();
		this.affected = copy(form.affected(), Affected.class);
		this.occurredOn = form.occurredOn();
		this.country = Text.blankToNull(form.country());
		this.region = Text.blankToNull(form.region());
		this.locality = Text.blankToNull(form.locality());
		this.placeDescription = Text.blankToNull(form.placeDescription());
		this.perpetratorGroupId = form.perpetratorGroupId();
		this.people = (form.people() != null) ? form.people() : AffectedPeople.unknown();
		this.certainty = form.certainty();
		this.narrative = Text.blankToNull(form.narrative());
		this.sources = Text.blankToNull(form.sources());
		this.sharedFields = (form.sharedFields() != null) ? copy(form.sharedFields(), SharedField.class)
				: EnumSet.copyOf(SharedField.defaults());
		this.updatedAt = now;
	}

	private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
		Set<E> copy = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(java.util.Objects::nonNull).forEach(copy::add);
		}
		return copy;
	}

	IncidentView view(String perpetratorName) {
		return new IncidentView(this.id, this.teamId, this.caseId, this.agreementId, this.commitmentKey, this.checkId,
				this.type, Set.copyOf(this.affected), this.occurredOn, this.country, this.region, this.locality,
				this.placeDescription, new Perpetrator(this.perpetratorGroupId, perpetratorName),
				(this.people != null) ? this.people : AffectedPeople.unknown(), this.certainty, this.narrative,
				this.sources, Set.copyOf(this.sharedFields), this.reportedBy, this.reportedAt, this.version);
	}

	Long getId() {
		return this.id;
	}

	Long getPerpetratorGroupId() {
		return this.perpetratorGroupId;
	}

	long getVersion() {
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
	 * The checked links of an incident to a case, an agreement, a commitment, a check.
	 */
	record Links(Long caseId, Long agreementId, String commitmentKey, Long checkId) {
	}

}
