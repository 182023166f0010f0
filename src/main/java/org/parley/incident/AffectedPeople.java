package org.parley.incident;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * People affected by an incident, per category (after the WHO Surveillance System for
 * Attacks on Health Care): the organisation's own staff, other health workers, patients
 * and other civilians. A blank count is not known; zero is none.
 */
@Embeddable
public record AffectedPeople(
		@PositiveOrZero(message = "{incident.count.negative}") @Max(value = 100000,
				message = "{validation.range}") Integer staffKilled,
		@PositiveOrZero(message = "{incident.count.negative}") @Max(value = 100000,
				message = "{validation.range}") Integer staffInjured,
		@PositiveOrZero(message = "{incident.count.negative}") @Max(value = 100000,
				message = "{validation.range}") Integer staffKidnapped,
		@PositiveOrZero(message = "{incident.count.negative}") @Max(value = 100000,
				message = "{validation.range}") Integer staffThreatened,
		@PositiveOrZero(message = "{incident.count.negative}") @Max(value = 100000,
				message = "{validation.range}") Integer healthWorkersKilled,
		@PositiveOrZero(message = "{incident.count.negative}") @Max(value = 100000,
				message = "{validation.range}") Integer healthWorkersInjured,
		@PositiveOrZero(message = "{incident.count.negative}") @Max(value = 100000,
				message = "{validation.range}") Integer patientsKilled,
		@PositiveOrZero(message = "{incident.count.negative}") @Max(value = 100000,
				message = "{validation.range}") Integer patientsInjured,
		@PositiveOrZero(message = "{incident.count.negative}") @Max(value = 100000,
				message = "{validation.range}") Integer civiliansKilled,
		@PositiveOrZero(message = "{incident.count.negative}") @Max(value = 100000,
				message = "{validation.range}") Integer civiliansInjured) {

	/** The categories, in the order of the record, as the form and pages list them. */
	public static final java.util.List<String> CATEGORIES = java.util.List.of("staffKilled", "staffInjured",
			"staffKidnapped", "staffThreatened", "healthWorkersKilled", "healthWorkersInjured", "patientsKilled",
			"patientsInjured", "civiliansKilled", "civiliansInjured");

	public static AffectedPeople unknown() {
		return new AffectedPeople(null, null, null, null, null, null, null, null, null, null);
	}

	/** The counts in the order of {@link #CATEGORIES}. */
	public java.util.List<Integer> counts() {
		return java.util.Arrays.asList(this.staffKilled, this.staffInjured, this.staffKidnapped, this.staffThreatened,
				this.healthWorkersKilled, this.healthWorkersInjured, this.patientsKilled, this.patientsInjured,
				this.civiliansKilled, this.civiliansInjured);
	}

	/** Whether any count is known. */
	public boolean anyKnown() {
		return counts().stream().anyMatch(java.util.Objects::nonNull);
	}

	/** The known counts, for the audit log: {@code staffKilled=1, patientsInjured=3}. */
	@Override
	public String toString() {
		java.util.List<String> known = new java.util.ArrayList<>();
		java.util.List<Integer> counts = counts();
		for (int i = 0; i < CATEGORIES.size(); i++) {
			if (counts.get(i) != null) {
				known.add(CATEGORIES.get(i) + "=" + counts.get(i));
			}
		}
		return String.join(", ", known);
	}

}
