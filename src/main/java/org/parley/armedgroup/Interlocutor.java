package org.parley.armedgroup;

import java.time.Instant;

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
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditRedacted;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parley.protection.Classification;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * A person a team talks to: a member of a group or an intermediary. Known by a code name;
 * the real name and contact details are the most dangerous data Parley holds: they never
 * reach the audit log, and pages show them only through an audited "reveal". They and the
 * notes on influence, reliability and risk are sealed at rest ({@link #SEALED}); updates
 * write only the columns that changed, so that a save never puts back a value a key
 * rotation has resealed meanwhile.
 */
@Entity
@Table(name = "interlocutor")
@DynamicUpdate
class Interlocutor implements TeamScoped {

	static final SealedColumn REAL_NAME = SealedColumn.of("interlocutor", "real_name");

	static final SealedColumn CONTACT_DETAILS = SealedColumn.of("interlocutor", "contact_details");

	static final SealedColumn INFLUENCE_NOTES = SealedColumn.of("interlocutor", "influence_notes");

	static final SealedColumn RELIABILITY_NOTES = SealedColumn.of("interlocutor", "reliability_notes");

	static final SealedColumn RISK_NOTES = SealedColumn.of("interlocutor", "risk_notes");

	/** Every sealed column of the table. */
	static final java.util.List<SealedColumn> SEALED = java.util.List.of(REAL_NAME, CONTACT_DETAILS, INFLUENCE_NOTES,
			RELIABILITY_NOTES, RISK_NOTES);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "code_name", nullable = false)
	private String codeName;

	@AuditRedacted
	@Column(name = "real_name")
	private Sealed realName;

	private String role;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Affiliation affiliation;

	@Column(name = "armed_group_id")
	private Long armedGroupId;

	@Column(name = "intermediary_type")
	private String intermediaryType;

	@Enumerated(EnumType.STRING)
	@Column(name = "contact_channel")
	private ContactChannel contactChannel;

	@AuditRedacted
	@Column(name = "contact_details")
	private Sealed contactDetails;

	@Column(name = "influence_notes")
	private Sealed influenceNotes;

	@Column(name = "reliability_notes")
	private Sealed reliabilityNotes;

	@Column(name = "risk_notes")
	private Sealed riskNotes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification = DEFAULT_CLASSIFICATION;

	/** The HQ reviewers (user ids) who may see it when strictly confidential. */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "named_reviewers", nullable = false)
	private java.util.List<Long> namedReviewers = new java.util.ArrayList<>();

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

	/**
	 * The level of an interlocutor recorded without one: confidential, the team's
	 * (decision 0022).
	 */
	static final Classification DEFAULT_CLASSIFICATION = Classification.CONFIDENTIAL;

	protected Interlocutor() {
	}

	/**
	 * A new interlocutor at the level its recorder chose (the default otherwise), with
	 * the HQ reviewers it names.
	 */
	Interlocutor(long teamId, InterlocutorForm form, FieldSealer sealer, String createdBy, Instant now) {
		this.teamId = teamId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.classification = Classification.orDefault(form.classification(), DEFAULT_CLASSIFICATION);
		describe(form, sealer, now);
	}

	/**
	 * Changes the level and reseals every sensitive value under the key of the new level
	 * (the team's strict key for strictly confidential, the team's key otherwise).
	 * @param reviewer the HQ reviewer who changed it: named on the record, so that
	 * raising it does not hide it from them
	 */
	void classify(Classification level, long reviewer, FieldSealer sealer, Instant now) {
		this.classification = level;
		if (level.strict()) {
			java.util.Set<Long> named = new java.util.TreeSet<>(namedReviewerIds());
			named.add(reviewer);
			this.namedReviewers = new java.util.ArrayList<>(named);
		}
		this.realName = sealer.reseal(this.realName, this.teamId, purpose(), REAL_NAME);
		this.contactDetails = sealer.reseal(this.contactDetails, this.teamId, purpose(), CONTACT_DETAILS);
		this.influenceNotes = sealer.reseal(this.influenceNotes, this.teamId, purpose(), INFLUENCE_NOTES);
		this.reliabilityNotes = sealer.reseal(this.reliabilityNotes, this.teamId, purpose(), RELIABILITY_NOTES);
		this.riskNotes = sealer.reseal(this.riskNotes, this.teamId, purpose(), RISK_NOTES);
		this.updatedAt = now;
	}

	/** The HQ reviewers the recording field officers named (checked by the registry). */
	void name(java.util.Collection<Long> reviewers) {
		java.util.List<Long> named = new java.util.ArrayList<>(new java.util.TreeSet<>(reviewers));
		if (!named.equals(this.namedReviewers)) {
			this.namedReviewers = named;
		}
	}

	Classification getClassification() {
		return this.classification;
	}

	java.util.List<Long> namedReviewerIds() {
		return java.util.List.copyOf(this.namedReviewers);
	}

	/**
	 * Applies the form, sealing what is sensitive. A blank real name or contact detail
	 * keeps the stored one (the form never shows it); the "clear" boxes remove it.
	 */
	void describe(InterlocutorForm form, FieldSealer sealer, Instant now) {
		this.codeName = form.codeName().strip();
		if (Boolean.TRUE.equals(form.clearRealName())) {
			this.realName = null;
		}
		else if (form.realName() != null && !form.realName().isBlank()) {
			this.realName = seal(sealer, this.realName, REAL_NAME, form.realName().strip());
		}
		if (Boolean.TRUE.equals(form.clearContactDetails())) {
			this.contactDetails = null;
		}
		else if (form.contactDetails() != null && !form.contactDetails().isBlank()) {
			this.contactDetails = seal(sealer, this.contactDetails, CONTACT_DETAILS, form.contactDetails().strip());
		}
		this.role = Text.blankToNull(form.role());
		this.affiliation = form.affiliation();
		this.armedGroupId = form.armedGroupId();
		this.intermediaryType = (form.affiliation() == Affiliation.INTERMEDIARY) ? form.intermediaryType() : null;
		this.contactChannel = form.contactChannel();
		this.influenceNotes = seal(sealer, this.influenceNotes, INFLUENCE_NOTES,
				Text.blankToNull(form.influenceNotes()));
		this.reliabilityNotes = seal(sealer, this.reliabilityNotes, RELIABILITY_NOTES,
				Text.blankToNull(form.reliabilityNotes()));
		this.riskNotes = seal(sealer, this.riskNotes, RISK_NOTES, Text.blankToNull(form.riskNotes()));
		this.updatedAt = now;
	}

	private Sealed seal(FieldSealer sealer, Sealed current, SealedColumn column, String text) {
		return sealer.update(current, this.teamId, purpose(), column, text);
	}

	/**
	 * The key its values are sealed under: the team's strict key when it is strictly
	 * confidential, the team's key otherwise.
	 */
	private KeyPurpose purpose() {
		return this.classification.purpose();
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	Long getId() {
		return this.id;
	}

	String getCodeName() {
		return this.codeName;
	}

	/**
	 * The real name and contact details, opened: for the one audited response that shows
	 * them.
	 */
	InterlocutorRegistry.Revealed reveal(FieldSealer sealer) {
		return new InterlocutorRegistry.Revealed(sealer.text(this.teamId, REAL_NAME, this.realName),
				sealer.text(this.teamId, CONTACT_DETAILS, this.contactDetails));
	}

	String getIntermediaryType() {
		return this.intermediaryType;
	}

	long getVersion() {
		return this.version;
	}

	Long getArmedGroupId() {
		return this.armedGroupId;
	}

	/**
	 * What pages and the API show: everything but the protected values, the notes opened;
	 * redacted, only that it exists and what it is not sensitive about.
	 */
	InterlocutorView view(String groupName, String teamName, FieldSealer sealer, boolean redacted) {
		return new InterlocutorView(this.id, this.teamId, teamName, this.codeName, !redacted && this.realName != null,
				this.role, this.affiliation, this.armedGroupId, groupName, this.intermediaryType, this.contactChannel,
				!redacted && this.contactDetails != null,
				redacted ? null : sealer.text(this.teamId, INFLUENCE_NOTES, this.influenceNotes),
				redacted ? null : sealer.text(this.teamId, RELIABILITY_NOTES, this.reliabilityNotes),
				redacted ? null : sealer.text(this.teamId, RISK_NOTES, this.riskNotes), this.createdBy, this.createdAt,
				this.updatedAt, this.version, this.classification, namedReviewerIds(), redacted);
	}

}
