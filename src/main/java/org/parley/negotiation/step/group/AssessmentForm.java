package org.parley.negotiation.step.group;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.shared.PlausibleDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Step 2, understanding the group: the assessment of one group on a date, the
 * counterpart's iceberg (positions, reasoning, motives and values) and who influences its
 * decision.
 */
public record AssessmentForm(
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{validation.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate assessedOn,
		@Size(max = 20000, message = "{validation.too-long}") String structure,
		@Size(max = 20000, message = "{validation.too-long}") String decisionMakers,
		@Size(max = 20000, message = "{validation.too-long}") String interests,
		@Size(max = 20000, message = "{validation.too-long}") String perception,
		@Size(max = 20000, message = "{validation.too-long}") String gainsLosses,
		@Size(max = 20000, message = "{validation.too-long}") String pastBehaviour,
		@Size(max = 20000, message = "{validation.too-long}") String positions,
		@Size(max = 20000, message = "{validation.too-long}") String reasoning,
		@Size(max = 20000, message = "{validation.too-long}") String motives,
		@Valid @Size(max = 60, message = "{validation.too-many}") List<Influencer> influencers) {

	public AssessmentForm {
		influencers = (influencers == null) ? new ArrayList<>() : new ArrayList<>(influencers);
	}

	public AssessmentForm withBlankRows() {
		List<Influencer> rows = new ArrayList<>(this.influencers);
		while (rows.size() < this.influencers.size() + 2) {
			rows.add(new Influencer(null, null, null, null, null));
		}
		return on(this.assessedOn, rows);
	}

	public AssessmentForm on(LocalDate date, List<Influencer> rows) {
		return new AssessmentForm(date, this.structure, this.decisionMakers, this.interests, this.perception,
				this.gainsLosses, this.pastBehaviour, this.positions, this.reasoning, this.motives, rows);
	}

}
