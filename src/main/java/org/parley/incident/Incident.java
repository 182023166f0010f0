package org.parley.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.protection.Classification;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * A security incident recorded by a team. The links (case, agreement, commitment, check)
 * and the perpetrator are checked by {@link Incidents} before they reach it. The
 * locality, the place's description, the narrative and the sources are sealed at rest;
 * the country and the region stay in clear for the statistics (decision 0020).
 */
@Entity
@Table(name = "security_incident")
@DynamicUpdate
class Incident implements TeamScoped, org.parley.shared.CaseScoped {

	static final SealedColumn LOCALITY = SealedColumn.of("security_incident", "place_locality");

	static final SealedColumn PLACE_DESCRIPTION = SealedColumn.of("security_incident", "place_description");

	static final SealedColumn NARRATIVE = SealedColumn.of("security_incident", "narrative");

	static final SealedColumn SOURCES = SealedColumn.of("security_incident", "sources");

	/** Every sealed column of the table. */
	static final List<SealedColumn> SEALED = List.of(LOCALITY, PLACE_DESCRIPTION, NARRATIVE, SOURCES);

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

	// The place: country and region in clear for the statistics, the rest sealed.

	@Column(name = "place_country")
	private String country;

	@Column(name = "place_region")
	private String region;

	@Column(name = "place_locality")
	private Sealed locality;

	@Column(name = "place_description")
	private Sealed placeDescription;

	@Column(name = "perpetrator_group_id")
	private Long perpetratorGroupId;

	@Embedded
	private AffectedPeople people;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Certainty certainty;

	private Sealed narrative;

	private Sealed sources;

	@Convert(converter = EnumSetColumn.SharedFieldsColumn.class)
	@Column(name = "shared_fields", nullable = false)
	private Set<SharedField> sharedFields = EnumSet.noneOf(SharedField.class);

	@jakarta.persistence.Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification = Classification.CONFIDENTIAL;

	/** The HQ reviewers (user ids) who may see it when strictly confidential. */
	@org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.ARRAY)
	@Column(name = "named_reviewers", nullable = false)
	private List<Long> namedReviewers = new java.util.ArrayList<>();

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

	Incident(long teamId, String reportedBy, Instant now, Classification level) {
		this.teamId = teamId;
		this.reportedBy = reportedBy;
		this.reportedAt = now;
		this.classification = Classification.orDefault(level, Classification.CONFIDENTIAL);
	}

	/**
	 * Changes the level and reseals the sealed fields under the new level's key (decision
	 * 0022); the reviewer who raises it to strictly confidential is named on it.
	 */
	void classify(Classification level, long reviewer, FieldSealer sealer, Instant now) {
		this.classification = level;
		if (level.strict() && !this.namedReviewers.contains(reviewer)) {
			java.util.Set<Long> named = new java.util.TreeSet<>(this.namedReviewers);
			named.add(reviewer);
			this.namedReviewers = new java.util.ArrayList<>(named);
		}
		KeyPurpose purpose = level.purpose();
		this.locality = sealer.reseal(this.locality, this.teamId, purpose, LOCALITY);
		this.placeDescription = sealer.reseal(this.placeDescription, this.teamId, purpose, PLACE_DESCRIPTION);
		this.narrative = sealer.reseal(this.narrative, this.teamId, purpose, NARRATIVE);
		this.sources = sealer.reseal(this.sources, this.teamId, purpose, SOURCES);
		this.updatedAt = now;
	}

	/** The HQ reviewers named by the team's field officers (checked by the service). */
	void name(java.util.Collection<Long> reviewers) {
		List<Long> named = new java.util.ArrayList<>(new java.util.TreeSet<>(reviewers));
		if (!named.equals(this.namedReviewers)) {
			this.namedReviewers = named;
		}
	}

	Classification getClassification() {
		return this.classification;
	}

	List<Long> namedReviewerIds() {
		return List.copyOf(this.namedReviewers);
	}

	/**
	 * Writes what was reported, sealing what is sensitive; the links are already checked.
	 */
	void write(IncidentForm form, Links links, FieldSealer sealer, Instant now) {
		this.caseId = links.caseId();
		this.agreementId = links.agreementId();
		this.commitmentKey = links.commitmentKey();
		this.checkId = links.checkId();
		this.type = form.type();
		this.affected = copy(form.affected(), Affected.class);
		this.occurredOn = form.occurredOn();
		this.country = Text.blankToNull(form.country());
		this.region = Text.blankToNull(form.region());
		this.locality = seal(sealer, this.locality, LOCALITY, Text.blankToNull(form.locality()));
		this.placeDescription = seal(sealer, this.placeDescription, PLACE_DESCRIPTION,
				Text.blankToNull(form.placeDescription()));
		this.perpetratorGroupId = form.perpetratorGroupId();
		this.people = (form.people() != null) ? form.people() : AffectedPeople.unknown();
		this.certainty = form.certainty();
		this.narrative = seal(sealer, this.narrative, NARRATIVE, Text.blankToNull(form.narrative()));
		this.sources = seal(sealer, this.sources, SOURCES, Text.blankToNull(form.sources()));
		this.sharedFields = (form.sharedFields() != null) ? copy(form.sharedFields(), SharedField.class)
				: EnumSet.copyOf(SharedField.defaults());
		this.updatedAt = now;
	}

	private Sealed seal(FieldSealer sealer, Sealed current, SealedColumn column, String text) {
		// The team's key, or its strict key when strictly confidential (decision 0022).
		return sealer.update(current, this.teamId, this.classification.purpose(), column, text);
	}

	private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
		Set<E> copy = EnumSet.noneOf(type);
		if (values != null) {
			values.stream().filter(java.util.Objects::nonNull).forEach(copy::add);
		}
		return copy;
	}

	/**
	 * The incident as its team reads it.
	 * @param sealer opens the sealed fields; null leaves them out (a list that shows
	 * none)
	 */
	IncidentView view(String perpetratorName, FieldSealer opener, boolean redacted) {
		FieldSealer sealer = redacted ? null : opener;
		return new IncidentView(this.id, this.teamId, this.caseId, this.agreementId, this.commitmentKey, this.checkId,
				this.type, Set.copyOf(this.affected), this.occurredOn, this.country, this.region,
				open(sealer, LOCALITY, this.locality), open(sealer, PLACE_DESCRIPTION, this.placeDescription),
				new Perpetrator(this.perpetratorGroupId, perpetratorName),
				(this.people != null) ? this.people : AffectedPeople.unknown(), this.certainty,
				open(sealer, NARRATIVE, this.narrative), open(sealer, SOURCES, this.sources),
				Set.copyOf(this.sharedFields), this.reportedBy, this.reportedAt, this.version, this.classification,
				namedReviewerIds(), redacted);
	}

	private String open(FieldSealer sealer, SealedColumn column, Sealed value) {
		return (sealer != null) ? sealer.text(this.teamId, column, value) : null;
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
