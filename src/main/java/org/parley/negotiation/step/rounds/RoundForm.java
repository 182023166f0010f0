package org.parley.negotiation.step.rounds;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.protection.Classification;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Step 6, one negotiation round: when, how and where, who was there, what was asked,
 * offered and argued, where the sides agree and disagree, the outcome, the next step with
 * its due date, a security incident, and (in person) the safety precautions taken
 * beforehand.
 *
 * @param classification the level, chosen when the round is recorded (the case's when
 * absent, never below it); afterwards an HQ reviewer changes it (decision 0022)
 */
public record RoundForm(
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate heldOn,
		@NotNull(message = "{validation.required}") Channel channel,
		@Size(max = 300, message = "{validation.too-long}") String place,
		@Size(max = 5000, message = "{validation.too-long}") String ourParticipants,
		@Size(max = 5000, message = "{validation.too-long}") String theirParticipants,
		@Size(max = 20000, message = "{validation.too-long}") String asked,
		@Size(max = 20000, message = "{validation.too-long}") String offered,
		@Size(max = 20000, message = "{validation.too-long}") String arguments,
		@Size(max = 20000, message = "{validation.too-long}") String agreed,
		@Size(max = 20000, message = "{validation.too-long}") String disagreed,
		@Size(max = 20000, message = "{validation.too-long}") String outcome,
		@Size(max = 5000, message = "{validation.too-long}") String nextStep,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate nextStepDue, Boolean nextStepDone,
		Boolean securityIncident, @Size(max = 20000, message = "{validation.too-long}") String incidentNotes,
		Boolean safetyNeutralVenue, Boolean safetyGuarantees, Boolean safetyHostInformed,
		Boolean safetyScopeCommunicated, @Size(max = 5000, message = "{validation.too-long}") String safetyNotes,
		Classification classification) {

	public RoundForm {
		// An unticked checkbox sends nothing: false.
		nextStepDone = Boolean.TRUE.equals(nextStepDone);
		securityIncident = Boolean.TRUE.equals(securityIncident);
		safetyNeutralVenue = Boolean.TRUE.equals(safetyNeutralVenue);
		safetyGuarantees = Boolean.TRUE.equals(safetyGuarantees);
		safetyHostInformed = Boolean.TRUE.equals(safetyHostInformed);
		safetyScopeCommunicated = Boolean.TRUE.equals(safetyScopeCommunicated);
	}

	public static RoundForm empty(LocalDate today) {
		return new RoundForm(today, null, null, null, null, null, null, null, null, null, null, null, null, false,
				false, null, false, false, false, false, null, null);
	}

	/** Whether every precaution for an in-person meeting is ticked. */
	public boolean allPrecautions() {
		return this.safetyNeutralVenue && this.safetyGuarantees && this.safetyHostInformed
				&& this.safetyScopeCommunicated;
	}

}
