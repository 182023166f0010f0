package org.parley.negotiation.step.objectives;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Step 3, objectives: what the organisation wants, the case's own red lines (the
 * organisation's are always there and not part of the form), and the alternative if no
 * agreement is reached.
 */
public record ObjectivesForm(@Valid @Size(max = 30, message = "{validation.too-many}") List<Objective> objectives,
		@Size(max = 30,
				message = "{validation.too-many}") List<@Size(max = 2000,
						message = "{validation.too-long}") String> redLines,
		@Size(max = 20000, message = "{validation.too-long}") String alternative) {

	public ObjectivesForm {
		objectives = (objectives == null) ? new ArrayList<>() : new ArrayList<>(objectives);
		redLines = (redLines == null) ? new ArrayList<>() : new ArrayList<>(redLines);
	}

	public static ObjectivesForm empty() {
		return new ObjectivesForm(null, null, null);
	}

	public ObjectivesForm withBlankRows() {
		List<Objective> rows = new ArrayList<>(this.objectives);
		rows.add(new Objective(null, null, null));
		if (this.objectives.isEmpty()) {
			rows.add(new Objective(null, null, null));
		}
		List<String> lines = new ArrayList<>(this.redLines);
		lines.add("");
		return new ObjectivesForm(rows, lines, this.alternative);
	}

}
