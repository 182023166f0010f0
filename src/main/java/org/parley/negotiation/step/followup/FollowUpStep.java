package org.parley.negotiation.step.followup;

import org.parley.negotiation.AgreementEvidence;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.NegotiationCaseRepository;
import org.parley.negotiation.step.NotedStep;
import org.parley.negotiation.step.StepContent;
import org.parley.negotiation.step.StepPage;
import org.parley.negotiation.step.measures.MeasureOfEffectiveness;
import org.parley.negotiation.step.measures.MeasurementForm;
import org.parley.negotiation.step.measures.Measurements;
import org.parley.negotiation.step.measures.Measures;
import org.parley.negotiation.step.measures.MoeMeasurement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.shared.TeamCalendar;
import org.parley.shared.web.JsonWriter;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Step 8, follow-up and monitoring: the measures of effectiveness set in step 3 measured
 * over time (a chart and a table each), and a note that completes the step. The
 * agreement's compliance checks, scores, reviews of the groups and disputes are on the
 * agreement's page, which the step links to by the ids {@link AgreementEvidence} gives.
 */
@Component
class FollowUpStep implements NotedStep {

	private final Measures measures;

	private final Measurements measurements;

	private final NegotiationCaseRepository cases;

	private final JsonWriter json;

	private final TeamCalendar calendar;

	private final List<AgreementEvidence> agreements;

	FollowUpStep(Measures measures, Measurements measurements, NegotiationCaseRepository cases, JsonWriter json,
			TeamCalendar calendar, List<AgreementEvidence> agreements) {
		this.agreements = agreements;
		this.measures = measures;
		this.measurements = measurements;
		this.cases = cases;
		this.json = json;
		this.calendar = calendar;
	}

	@Override
	public MethodStep step() {
		return MethodStep.FOLLOW_UP;
	}

	@Override
	public List<Missing> missing(NegotiationCase file) {
		return (file.getFollowUpNote() != null) ? List.of() : List.of(Missing.of("note"));
	}

	@Override
	public String note(NegotiationCase file) {
		return file.getFollowUpNote();
	}

	@Override
	public void note(NegotiationCase file, String text, Instant now) {
		file.noteFollowUp(text, now);
	}

	/**
	 * The note, and each measure with its measurements: a chart (its data as JSON for
	 * moe-chart.js), a table of the values, and a form to add one.
	 */
	@Override
	public void show(StepPage page, Model model) {
		model.addAttribute("note",
				model.containsAttribute("typedNote") ? model.getAttribute("typedNote") : note(page.caseId()));
		List<MeasureOfEffectiveness.MoeView> moes = this.measures.of(page.grant());
		Map<Long, List<MoeMeasurement.MeasurementView>> byMeasure = this.measurements.byMeasure(page.grant());
		Map<Long, String> charts = new HashMap<>();
		for (MeasureOfEffectiveness.MoeView moe : moes) {
			List<MoeMeasurement.MeasurementView> values = byMeasure.getOrDefault(moe.id(), List.of());
			charts.put(moe.id(),
					this.json.write(new ChartData(moe.content().indicator(), moe.content().unit(),
							moe.content().baseline(), moe.content().target(),
							values.stream()
								.map((v) -> new ChartPoint(v.content().measuredOn().toString(), v.content().value()))
								.toList())));
		}
		model.addAttribute("agreements",
				this.agreements.stream().flatMap((e) -> e.agreementsOf(page.caseId()).stream()).toList());
		model.addAttribute("moes", moes);
		model.addAttribute("measurementsByMoe", byMeasure);
		model.addAttribute("chartJson", charts);
		MeasurementForm blank = MeasurementForm.empty(this.calendar.today());
		model.addAttribute("blankMeasurement", blank);
		if (!model.containsAttribute("measurementForm")) {
			model.addAttribute("measurementForm", blank);
		}
		if (model.getAttribute("editId") instanceof Long editId && !model.containsAttribute("measurementEditForm")) {
			byMeasure.values()
				.stream()
				.flatMap(List::stream)
				.filter((m) -> m.id() == editId)
				.findFirst()
				.ifPresent((m) -> model.addAttribute("measurementEditForm", m.content()));
		}
	}

	@Override
	public StepContent content(StepPage page) {
		return new Content(note(page.caseId()));
	}

	private String note(long caseId) {
		return this.cases.findById(caseId).map(NegotiationCase::getFollowUpNote).orElse(null);
	}

	/** The step's content in the API: its note (the measurements have their resource). */
	record Content(String note) implements StepContent {
	}

	/**
	 * What moe-chart.js draws for a measure: its values over time against baseline and
	 * target.
	 */
	record ChartData(String indicator, String unit, BigDecimal baseline, BigDecimal target, List<ChartPoint> points) {
	}

	/** A measurement on the chart: an ISO date and the value. */
	record ChartPoint(String date, BigDecimal value) {
	}

}
