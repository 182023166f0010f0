package org.parley.negotiation.step.objectives;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.Priority;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.step.CaseStep;
import org.parley.negotiation.step.Sheet;
import org.parley.negotiation.step.StepContent;
import org.parley.negotiation.step.StepPage;
import org.parley.negotiation.step.measures.MeasureOfEffectiveness;
import org.parley.negotiation.step.measures.Measurements;
import org.parley.negotiation.step.measures.Measures;
import org.parley.negotiation.step.measures.MoeForm;
import org.parley.negotiation.step.measures.MoeMeasurement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Step 3, objectives: complete with at least one objective, a bottom line for each, the
 * alternative if no agreement is reached, and a measure of effectiveness.
 */
@Component
class ObjectivesStep implements CaseStep {

	private final Objectives objectives;

	private final Measures measures;

	private final Measurements measurements;

	ObjectivesStep(Objectives objectives, Measures measures, Measurements measurements) {
		this.objectives = objectives;
		this.measures = measures;
		this.measurements = measurements;
	}

	@Override
	public MethodStep step() {
		return MethodStep.OBJECTIVES;
	}

	@Override
	public List<Missing> missing(NegotiationCase file) {
		List<Missing> missing = new ArrayList<>();
		ObjectivesForm form = this.objectives.of(file.getId()).content();
		if (form.objectives().isEmpty()) {
			missing.add(Missing.of("objectives.none"));
		}
		else if (form.objectives().stream().anyMatch((o) -> o.bottomLine() == null)) {
			missing.add(Missing.of("objectives.bottom-line"));
		}
		if (form.alternative() == null || form.alternative().isBlank()) {
			missing.add(Missing.of("objectives.alternative"));
		}
		if (!this.measures.any(file.getId())) {
			missing.add(Missing.of("objectives.moe"));
		}
		return missing;
	}

	@Override
	public void show(StepPage page, Model model) {
		Sheet<ObjectivesForm> sheet = this.objectives.of(page.grant());
		model.addAttribute("sheet", sheet);
		if (!model.containsAttribute("objectivesForm")) {
			model.addAttribute("objectivesForm", sheet.content().withBlankRows());
		}
		model.addAttribute("redLines", this.objectives.redLines(page.grant()));
		List<MeasureOfEffectiveness.MoeView> moes = this.measures.of(page.grant());
		model.addAttribute("moes", moes);
		Map<Long, MoeMeasurement.MeasurementView> latest = new HashMap<>();
		this.measurements.byMeasure(page.grant()).forEach((moeId, values) -> {
			if (!values.isEmpty()) {
				latest.put(moeId, values.get(values.size() - 1));
			}
		});
		model.addAttribute("latestMeasurements", latest);
		if (!model.containsAttribute("moeForm")) {
			model.addAttribute("moeForm", MoeForm.empty());
		}
		if (model.getAttribute("editId") instanceof Long editId && !model.containsAttribute("moeEditForm")) {
			moes.stream()
				.filter((m) -> m.id() == editId)
				.findFirst()
				.ifPresent((m) -> model.addAttribute("moeEditForm", m.content()));
		}
		model.addAttribute("priorities", Priority.values());
	}

	@Override
	public StepContent content(StepPage page) {
		return new Content(this.objectives.of(page.grant()), this.objectives.redLines(page.grant()),
				this.measures.of(page.grant()));
	}

	/** The step's content in the API. */
	record Content(Sheet<ObjectivesForm> objectives, List<RedLine> redLines,
			List<MeasureOfEffectiveness.MoeView> moes) implements StepContent {
	}

}
