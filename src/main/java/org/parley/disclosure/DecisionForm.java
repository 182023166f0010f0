package org.parley.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An HQ reviewer's decision on a request.
 *
 * @param reason why: the legal basis found sufficient or not, the risk weighed, the
 * privileges and immunities invoked
 * @param disclosed what is given, when anything is (the fields, the period, in what form:
 * aggregated, anonymised)
 * @param minimumNecessary the reviewer confirms that what is given is the minimum the
 * stated purpose needs
 */
public record DecisionForm(@NotNull(message = "{validation.required}") DisclosureOutcome outcome,
		@NotBlank(message = "{validation.required}") @Size(max = 10000,
				message = "{validation.too-long}") String reason,
		@Size(max = 20000, message = "{validation.too-long}") String disclosed, Boolean minimumNecessary) {

	/** Whether the reviewer ticked the statement that only the minimum is given. */
	boolean confirmsMinimum() {
		return Boolean.TRUE.equals(this.minimumNecessary);
	}

}
