package org.parley.negotiation.step.analysis;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.step.CaseStep;
import org.parley.negotiation.step.Sheet;
import org.parley.negotiation.step.StepContent;
import org.parley.negotiation.step.StepPage;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Step 1, conflict analysis: complete with the context, the actors, territorial control,
 * state presence, needs, risks, the legal regime with its reasoning, and an island of
 * agreement holding at least one accepted fact and one shared norm.
 */
@Component
class ConflictAnalysisStep implements CaseStep {

	private final ConflictAnalyses analyses;

	ConflictAnalysisStep(ConflictAnalyses analyses) {
		this.analyses = analyses;
	}

	@Override
	public MethodStep step() {
		return MethodStep.CONFLICT_ANALYSIS;
	}

	@Override
	public List<Missing> missing(NegotiationCase file) {
		ConflictAnalysisForm form = this.analyses.of(file.getId()).content();
		List<Missing> missing = new ArrayList<>();
		require(form.context(), "analysis.context", missing);
		if (form.actors().isEmpty()) {
			missing.add(Missing.of("analysis.actors"));
		}
		require(form.territorialControl(), "analysis.territorial-control", missing);
		require(form.statePresence(), "analysis.state-presence", missing);
		require(form.humanitarianNeeds(), "analysis.needs", missing);
		require(form.risks(), "analysis.risks", missing);
		if (form.legalRegime() == null || form.legalReasoning() == null) {
			missing.add(Missing.of("analysis.legal"));
		}
		if (form.factsAgreed() == null || form.normsShared() == null) {
			missing.add(Missing.of("analysis.island"));
		}
		return missing;
	}

	@Override
	public void show(StepPage page, Model model) {
		Sheet<ConflictAnalysisForm> sheet = this.analyses.of(page.grant());
		model.addAttribute("sheet", sheet);
		model.addAttribute("risksRedacted", !page.grant().mayOpen());
		if (!model.containsAttribute("analysisForm")) {
			model.addAttribute("analysisForm", sheet.content().withBlankRows());
		}
		model.addAttribute("actorKinds", ActorKind.values());
		model.addAttribute("legalRegimes", LegalRegime.values());
		model.addAttribute("quadrants", IslandQuadrant.values());
	}

	@Override
	public StepContent content(StepPage page) {
		return new Content(this.analyses.of(page.grant()), !page.grant().mayOpen());
	}

	private static void require(String value, String key, List<Missing> missing) {
		if (value == null || value.isBlank()) {
			missing.add(Missing.of(key));
		}
	}

	/**
	 * The step's content in the API.
	 *
	 * @param risksRedacted the case is strictly confidential and the reader may not read
	 * its risks (null)
	 */
	record Content(Sheet<ConflictAnalysisForm> conflictAnalysis, boolean risksRedacted) implements StepContent {

		@Override
		public int redactedValues() {
			return this.risksRedacted ? 1 : 0;
		}

	}

}
