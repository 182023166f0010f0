package org.parley.negotiation.step.engagement;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.step.CaseStep;
import org.parley.negotiation.step.Sheet;
import org.parley.negotiation.step.StepContent;
import org.parley.negotiation.step.StepPage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Step 5, engagement modality: complete with the modality and the reason for it, the
 * negotiating team, intermediaries if indirect, and at least one approach.
 */
@Component
class EngagementStep implements CaseStep {

	private final EngagementPlans plans;

	EngagementStep(EngagementPlans plans) {
		this.plans = plans;
	}

	@Override
	public MethodStep step() {
		return MethodStep.ENGAGEMENT_MODALITY;
	}

	@Override
	public List<Missing> missing(NegotiationCase file) {
		EngagementForm form = this.plans.of(file.getId()).content();
		List<Missing> missing = new ArrayList<>();
		if (form.modality() == null) {
			missing.add(Missing.of("engagement.modality"));
		}
		if (form.reason() == null || form.reason().isBlank()) {
			missing.add(Missing.of("engagement.reason"));
		}
		if (form.members().isEmpty()) {
			missing.add(Missing.of("engagement.members"));
		}
		if (form.modality() == Modality.INDIRECT && form.intermediaryIds().isEmpty()) {
			missing.add(Missing.of("engagement.intermediaries"));
		}
		if (form.approaches().isEmpty()) {
			missing.add(Missing.of("engagement.approaches"));
		}
		return missing;
	}

	@Override
	public void show(StepPage page, Model model) {
		Sheet<EngagementForm> sheet = this.plans.of(page.grant());
		model.addAttribute("sheet", sheet);
		if (!model.containsAttribute("engagementForm")) {
			model.addAttribute("engagementForm", sheet.content().withBlankRows());
		}
		model.addAttribute("modalities", Modality.values());
		model.addAttribute("intermediaries", this.plans.intermediaryChoices(page.grant(), page.user()));
		model.addAttribute("approachFamilies", Approach.Family.values());
		Map<Approach.Family, List<Approach>> approaches = new EnumMap<>(Approach.Family.class);
		for (Approach.Family family : Approach.Family.values()) {
			approaches.put(family, Approach.of(family));
		}
		model.addAttribute("approaches", approaches);
	}

	@Override
	public StepContent content(StepPage page) {
		return new Content(this.plans.of(page.grant()));
	}

	/** The step's content in the API. */
	record Content(Sheet<EngagementForm> engagement) implements StepContent {
	}

}
