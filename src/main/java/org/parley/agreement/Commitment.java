package org.parley.agreement;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Size;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What one party owes under an agreement, when (a date, or a weekly or monthly
 * recurrence) and how it will be verified. The key stays the same across versions.
 */
@Embeddable
public record Commitment(@Size(max = 36, message = "{validation.too-long}") @Column(name = "commitment_key") String key,
		@Size(max = 200, message = "{validation.too-long}") @Column(name = "owed_by") String owedBy,
		@Size(max = 5000, message = "{validation.too-long}") @Column(name = "what") String what,
		@Enumerated(EnumType.STRING) @Column(name = "category") CommitmentCategory category,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Column(name = "due_on") @PlausibleDate LocalDate dueOn,
		@Enumerated(EnumType.STRING) @Column(name = "recurrence") Recurrence recurrence,
		@Column(name = "recurrence_day") Integer recurrenceDay,
		@Size(max = 5000, message = "{validation.too-long}") @Column(name = "verification") String verification) {

	public boolean blank() {
		return isBlank(this.owedBy) && isBlank(this.what) && isBlank(this.verification) && this.dueOn == null;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	@Override
	public String toString() {
		return this.owedBy + ": " + this.what + " [" + this.category + ", " + this.recurrence
				+ ((this.recurrenceDay != null) ? " " + this.recurrenceDay : "")
				+ ((this.dueOn != null) ? " " + this.dueOn : "") + "] verified by " + this.verification;
	}

}
