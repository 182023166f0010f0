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
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/** One contact with the other side (step 6). A case has any number. */
@Entity
@Table(name = "negotiation_round")
public class NegotiationRound implements TeamScoped, org.parley.shared.CaseScoped {

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

	private String place;

	@Column(name = "our_participants")
	private String ourParticipants;

	@Column(name = "their_participants")
	private String theirParticipants;

	private String asked;

	private String offered;

	private String arguments;

	private String agreed;

	private String disagreed;

	private String outcome;

	@Column(name = "next_step")
	private String nextStep;

	@Column(name = "next_step_due")
	private LocalDate nextStepDue;

	@Column(name = "next_step_done", nullable = false)
	private boolean nextStepDone;

	@Column(name = "security_incident", nullable = false)
	private boolean securityIncident;

	@Column(name = "incident_notes")
	private String incidentNotes;

	@Column(name = "safety_neutral_venue", nullable = false)
	private boolean safetyNeutralVenue;

	@Column(name = "safety_guarantees", nullable = false)
	private boolean safetyGuarantees;

	@Column(name = "safety_host_informed", nullable = false)
	private boolean safetyHostInformed;

	@Column(name = "safety_scope_communicated", nullable = false)
	private boolean safetyScopeCommunicated;

	@Column(name = "safety_notes")
	private String safetyNotes;

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

	public NegotiationRound(long caseId, long teamId, String createdBy, Instant now) {
		this.caseId = caseId;
		this.teamId = teamId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Checks the round's own rules, then takes the form's values. */
	public void update(RoundForm form, Instant now) {
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
		this.place = Text.blankToNull(form.place());
		this.ourParticipants = Text.blankToNull(form.ourParticipants());
		this.theirParticipants = Text.blankToNull(form.theirParticipants());
		this.asked = Text.blankToNull(form.asked());
		this.offered = Text.blankToNull(form.offered());
		this.arguments = Text.blankToNull(form.arguments());
		this.agreed = Text.blankToNull(form.agreed());
		this.disagreed = Text.blankToNull(form.disagreed());
		this.outcome = Text.blankToNull(form.outcome());
		this.nextStep = next;
		this.nextStepDue = form.nextStepDue();
		this.nextStepDone = form.nextStepDone() && next != null;
		this.securityIncident = form.securityIncident();
		this.incidentNotes = Text.blankToNull(form.incidentNotes());
		boolean inPerson = form.channel() == Channel.IN_PERSON;
		this.safetyNeutralVenue = inPerson && form.safetyNeutralVenue();
		this.safetyGuarantees = inPerson && form.safetyGuarantees();
		this.safetyHostInformed = inPerson && form.safetyHostInformed();
		this.safetyScopeCommunicated = inPerson && form.safetyScopeCommunicated();
		this.safetyNotes = inPerson ? Text.blankToNull(form.safetyNotes()) : null;
		this.updatedAt = now;
	}

	public void markNextStepDone(Instant now) {
		if (this.nextStep == null) {
			throw new RuleViolation(null, "negotiation.round.next-step.none");
		}
		this.nextStepDone = true;
		this.updatedAt = now;
	}

	public RoundForm form() {
		return new RoundForm(this.heldOn, this.channel, this.place, this.ourParticipants, this.theirParticipants,
				this.asked, this.offered, this.arguments, this.agreed, this.disagreed, this.outcome, this.nextStep,
				this.nextStepDue, this.nextStepDone, this.securityIncident, this.incidentNotes, this.safetyNeutralVenue,
				this.safetyGuarantees, this.safetyHostInformed, this.safetyScopeCommunicated, this.safetyNotes);
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

	public String getNextStep() {
		return this.nextStepDone ? null : this.nextStep;
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
