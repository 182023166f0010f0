package org.parley.negotiation.step.rounds;

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
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.protection.Classification;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * One contact with the other side (step 6). A case has any number. Where it was held, who
 * took part and every note are sealed at rest; the date, the channel and the safety boxes
 * are not. Updates write only the columns that changed.
 */
@Entity
@Table(name = "negotiation_round")
@DynamicUpdate
public class NegotiationRound implements TeamScoped, org.parley.shared.CaseScoped {

	static final SealedColumn PLACE = column("place");

	static final SealedColumn OUR_PARTICIPANTS = column("our_participants");

	static final SealedColumn THEIR_PARTICIPANTS = column("their_participants");

	static final SealedColumn ASKED = column("asked");

	static final SealedColumn OFFERED = column("offered");

	static final SealedColumn ARGUMENTS = column("arguments");

	static final SealedColumn AGREED = column("agreed");

	static final SealedColumn DISAGREED = column("disagreed");

	static final SealedColumn OUTCOME = column("outcome");

	static final SealedColumn NEXT_STEP = column("next_step");

	static final SealedColumn INCIDENT_NOTES = column("incident_notes");

	static final SealedColumn SAFETY_NOTES = column("safety_notes");

	/** Every sealed column of the table. */
	public static final java.util.List<SealedColumn> SEALED = java.util.List.of(PLACE, OUR_PARTICIPANTS,
			THEIR_PARTICIPANTS, ASKED, OFFERED, ARGUMENTS, AGREED, DISAGREED, OUTCOME, NEXT_STEP, INCIDENT_NOTES,
			SAFETY_NOTES);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "held_on", nullable = false)
	private LocalDate heldOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Channel channel;

	private Sealed place;

	@Column(name = "our_participants")
	private Sealed ourParticipants;

	@Column(name = "their_participants")
	private Sealed theirParticipants;

	private Sealed asked;

	private Sealed offered;

	private Sealed arguments;

	private Sealed agreed;

	private Sealed disagreed;

	private Sealed outcome;

	@Column(name = "next_step")
	private Sealed nextStep;

	@Column(name = "next_step_due")
	private LocalDate nextStepDue;

	@Column(name = "next_step_done", nullable = false)
	private boolean nextStepDone;

	@Column(name = "security_incident", nullable = false)
	private boolean securityIncident;

	@Column(name = "incident_notes")
	private Sealed incidentNotes;

	@Column(name = "safety_neutral_venue", nullable = false)
	private boolean safetyNeutralVenue;

	@Column(name = "safety_guarantees", nullable = false)
	private boolean safetyGuarantees;

	@Column(name = "safety_host_informed", nullable = false)
	private boolean safetyHostInformed;

	@Column(name = "safety_scope_communicated", nullable = false)
	private boolean safetyScopeCommunicated;

	@Column(name = "safety_notes")
	private Sealed safetyNotes;

	/**
	 * How sensitive its sealed fields are: never below its case's level (decision 0022).
	 */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification = Classification.CONFIDENTIAL;

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

	protected NegotiationRound() {
	}

	public NegotiationRound(long caseId, long teamId, Classification level, String createdBy, Instant now) {
		this.caseId = caseId;
		this.teamId = teamId;
		this.classification = level;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	private static SealedColumn column(String name) {
		return SealedColumn.of("negotiation_round", name);
	}

	/** Checks the round's own rules, then takes the form's values, sealing the text. */
	public void update(RoundForm form, FieldSealer sealer, Instant now) {
		String next = Text.blankToNull(form.nextStep());
		if (form.nextStepDue() != null && next == null) {
			throw new RuleViolation("nextStep", "negotiation.round.next-step.required");
		}
		if (form.nextStepDue() != null && form.nextStepDue().isBefore(form.heldOn())) {
			throw new RuleViolation("nextStepDue", "negotiation.round.next-step.before-round");
		}
		if (form.securityIncident() && Text.blankToNull(form.incidentNotes()) == null) {
			throw new RuleViolation("incidentNotes", "negotiation.round.incident.notes-required");
		}
		if (form.channel() == Channel.IN_PERSON && !form.allPrecautions()
				&& Text.blankToNull(form.safetyNotes()) == null) {
			throw new RuleViolation("safetyNotes", "negotiation.round.safety.explain");
		}
		this.heldOn = form.heldOn();
		this.channel = form.channel();
		this.place = seal(sealer, this.place, PLACE, form.place());
		this.ourParticipants = seal(sealer, this.ourParticipants, OUR_PARTICIPANTS, form.ourParticipants());
		this.theirParticipants = seal(sealer, this.theirParticipants, THEIR_PARTICIPANTS, form.theirParticipants());
		this.asked = seal(sealer, this.asked, ASKED, form.asked());
		this.offered = seal(sealer, this.offered, OFFERED, form.offered());
		this.arguments = seal(sealer, this.arguments, ARGUMENTS, form.arguments());
		this.agreed = seal(sealer, this.agreed, AGREED, form.agreed());
		this.disagreed = seal(sealer, this.disagreed, DISAGREED, form.disagreed());
		this.outcome = seal(sealer, this.outcome, OUTCOME, form.outcome());
		this.nextStep = seal(sealer, this.nextStep, NEXT_STEP, next);
		this.nextStepDue = form.nextStepDue();
		this.nextStepDone = form.nextStepDone() && next != null;
		this.securityIncident = form.securityIncident();
		this.incidentNotes = seal(sealer, this.incidentNotes, INCIDENT_NOTES, form.incidentNotes());
		boolean inPerson = form.channel() == Channel.IN_PERSON;
		this.safetyNeutralVenue = inPerson && form.safetyNeutralVenue();
		this.safetyGuarantees = inPerson && form.safetyGuarantees();
		this.safetyHostInformed = inPerson && form.safetyHostInformed();
		this.safetyScopeCommunicated = inPerson && form.safetyScopeCommunicated();
		this.safetyNotes = inPerson ? seal(sealer, this.safetyNotes, SAFETY_NOTES, form.safetyNotes()) : null;
		this.updatedAt = now;
	}

	public void markNextStepDone(Instant now) {
		if (this.nextStep == null) {
			throw new RuleViolation(null, "negotiation.round.next-step.none");
		}
		this.nextStepDone = true;
		this.updatedAt = now;
	}

	/**
	 * A blank text is none; any other is sealed under the team's key, or its strict key
	 * when the round is strictly confidential (decision 0022).
	 */
	private Sealed seal(FieldSealer sealer, Sealed current, SealedColumn column, String text) {
		return sealer.update(current, this.teamId, this.classification.purpose(), column, Text.blankToNull(text));
	}

	/**
	 * Changes the level and reseals every sealed field under the new level's key
	 * (decision 0022; a value whose key was destroyed stays as it is).
	 */
	public void classify(Classification level, FieldSealer sealer, Instant now) {
		this.classification = level;
		KeyPurpose purpose = level.purpose();
		this.place = sealer.reseal(this.place, this.teamId, purpose, PLACE);
		this.ourParticipants = sealer.reseal(this.ourParticipants, this.teamId, purpose, OUR_PARTICIPANTS);
		this.theirParticipants = sealer.reseal(this.theirParticipants, this.teamId, purpose, THEIR_PARTICIPANTS);
		this.asked = sealer.reseal(this.asked, this.teamId, purpose, ASKED);
		this.offered = sealer.reseal(this.offered, this.teamId, purpose, OFFERED);
		this.arguments = sealer.reseal(this.arguments, this.teamId, purpose, ARGUMENTS);
		this.agreed = sealer.reseal(this.agreed, this.teamId, purpose, AGREED);
		this.disagreed = sealer.reseal(this.disagreed, this.teamId, purpose, DISAGREED);
		this.outcome = sealer.reseal(this.outcome, this.teamId, purpose, OUTCOME);
		this.nextStep = sealer.reseal(this.nextStep, this.teamId, purpose, NEXT_STEP);
		this.incidentNotes = sealer.reseal(this.incidentNotes, this.teamId, purpose, INCIDENT_NOTES);
		this.safetyNotes = sealer.reseal(this.safetyNotes, this.teamId, purpose, SAFETY_NOTES);
		this.updatedAt = now;
	}

	public Classification getClassification() {
		return this.classification;
	}

	/**
	 * The round as its form shows it, the text opened; with no sealer, the sealed text
	 * left out (a reader who may not read it).
	 */
	public RoundForm form(FieldSealer sealer) {
		return new RoundForm(this.heldOn, this.channel, open(sealer, PLACE, this.place),
				open(sealer, OUR_PARTICIPANTS, this.ourParticipants),
				open(sealer, THEIR_PARTICIPANTS, this.theirParticipants), open(sealer, ASKED, this.asked),
				open(sealer, OFFERED, this.offered), open(sealer, ARGUMENTS, this.arguments),
				open(sealer, AGREED, this.agreed), open(sealer, DISAGREED, this.disagreed),
				open(sealer, OUTCOME, this.outcome), open(sealer, NEXT_STEP, this.nextStep), this.nextStepDue,
				this.nextStepDone, this.securityIncident, open(sealer, INCIDENT_NOTES, this.incidentNotes),
				this.safetyNeutralVenue, this.safetyGuarantees, this.safetyHostInformed, this.safetyScopeCommunicated,
				open(sealer, SAFETY_NOTES, this.safetyNotes), this.classification);
	}

	private String open(FieldSealer sealer, SealedColumn column, Sealed value) {
		return (sealer != null) ? sealer.text(this.teamId, column, value) : null;
	}

	public Long getId() {
		return this.id;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public long getVersion() {
		return this.version;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	/** The open next step, opened; null when there is none or it is done. */
	public String openNextStep(FieldSealer sealer) {
		return this.nextStepDone ? null : open(sealer, NEXT_STEP, this.nextStep);
	}

	public LocalDate getNextStepDue() {
		return this.nextStepDone ? null : this.nextStepDue;
	}

	public String getCreatedBy() {
		return this.createdBy;
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
