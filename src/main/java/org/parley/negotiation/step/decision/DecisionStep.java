package org.parley.negotiation.step.decision;

import org.parley.negotiation.AssessmentConclusion;
import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.DecisionView;
import org.parley.negotiation.Mandates;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.ResidualRisk;
import org.parley.negotiation.casefile.DecisionRequest;
import org.parley.negotiation.casefile.DesignatedParty;
import org.parley.negotiation.casefile.Mandate;
import org.parley.negotiation.casefile.EngagementDecision;
import org.parley.negotiation.casefile.EngagementDecisionRepository;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.step.CaseStep;
import org.parley.negotiation.step.StepContent;
import org.parley.negotiation.step.StepPage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.parley.armedgroup.DesignationView;
import org.parley.armedgroup.GroupRef;

import org.parley.protection.FieldSealer;
import org.parley.shared.TeamCalendar;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Step 4, the internal decision: a gate that only an HQ reviewer's approval passes
 * ({@link org.parley.negotiation.CaseWorkflow#decide}); until then it always lacks the
 * decision, named by where the latest request stands. The requests are part of the case
 * ({@link EngagementDecision}); the card to request and decide is on the case's page and
 * on this step's.
 */
@Component
class DecisionStep implements CaseStep {

	private final EngagementDecisionRepository decisions;

	private final FieldSealer sealer;

	private final Mandates mandates;

	private final TeamCalendar calendar;

	DecisionStep(EngagementDecisionRepository decisions, FieldSealer sealer, Mandates mandates, TeamCalendar calendar) {
		this.calendar = calendar;
		this.mandates = mandates;
		this.sealer = sealer;
		this.decisions = decisions;
	}

	@Override
	public MethodStep step() {
		return MethodStep.INTERNAL_DECISION;
	}

	@Override
	public List<Missing> missing(NegotiationCase file) {
		DecisionStatus latest = this.decisions.findByCaseIdOrderByRequestedAtDescIdDesc(file.getId())
			.stream()
			.findFirst()
			.map(EngagementDecision::getStatus)
			.orElse(null);
		return List.of(Missing.of("decision." + ((latest == null) ? "none" : latest.name().toLowerCase(Locale.ROOT))));
	}

	/**
	 * The requests and HQ's decisions, the one pending, the form of a new request, and
	 * the groups of the case that an authority designates today (decision 0024), each
	 * with its designations, so that whoever asks or decides knows it; the red lines the
	 * mandate will carry whatever the form says, and the designations the request must
	 * assess, in the order of the form's assessments.
	 */
	@Override
	public void show(StepPage page, Model model) {
		List<DesignatedParty> parties = this.mandates.designated(page.c().groups());
		List<DesignatedGroup> designated = grouped(page.c().groups(), parties);
		model.addAttribute("designatedGroups", designated);
		model.addAttribute("designatedGroupIds",
				designated.stream().map((d) -> d.group().id()).collect(Collectors.toSet()));
		model.addAttribute("assessedParties", parties);
		model.addAttribute("residualRisks", ResidualRisk.values());
		model.addAttribute("assessmentConclusions", AssessmentConclusion.values());
		model.addAttribute("mandateRedLineItems", this.mandates.redLines(page.caseId()));
		List<DecisionView> decisions = decisions(page);
		model.addAttribute("decisions", decisions);
		model.addAttribute("pending",
				decisions.stream().filter((d) -> d.status() == DecisionStatus.PENDING).findFirst().orElse(null));
		if (model.getAttribute("decisionForm") instanceof DecisionRequest posted
				&& !model.containsAttribute("assessmentErrors")) {
			// A request refused for another field: what its assessments lack is said too.
			java.util.Map<String, String> errors = new java.util.LinkedHashMap<>(
					new Mandate(posted, List.of(), parties).problems(this.calendar.today().plusDays(1)));
			// What the binding refused in an assessment (a far year, a date that is none)
			if (model.getAttribute(org.springframework.validation.BindingResult.MODEL_KEY_PREFIX
					+ "decisionForm") instanceof org.springframework.validation.BindingResult bound) {
				bound.getFieldErrors()
					.stream()
					.filter((e) -> e.getField().startsWith("assessments["))
					.forEach((e) -> errors.put(e.getField(),
							e.isBindingFailure() ? "typeMismatch.date" : org.parley.shared.PlausibleDate.MESSAGE_KEY));
			}
			model.addAttribute("assessmentErrors", errors);
		}
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm",
					DecisionRequest.assessing(parties.stream().map((p) -> p.designation().id()).toList()));
		}
	}

	@Override
	public StepContent content(StepPage page) {
		return new Content(decisions(page));
	}

	/** The risks redacted for a reader who may not read the case's sealed fields. */
	private List<DecisionView> decisions(StepPage page) {
		boolean redacted = !page.grant().mayOpen();
		return this.decisions.findByCaseIdOrderByRequestedAtDescIdDesc(page.caseId())
			.stream()
			.map((d) -> d.view(this.sealer, redacted))
			.toList();
	}

	private static List<DesignatedGroup> grouped(List<GroupRef> groups, List<DesignatedParty> parties) {
		return groups.stream()
			.map((g) -> new DesignatedGroup(g,
					parties.stream()
						.filter((p) -> p.group().id() == g.id())
						.map(DesignatedParty::designation)
						.toList()))
			.filter((d) -> !d.designations().isEmpty())
			.toList();
	}

	/** A group of the case and the designations in force against it. */
	public record DesignatedGroup(GroupRef group, List<DesignationView> designations) {
	}

	/** The step's content in the API. */
	record Content(List<DecisionView> decisions) implements StepContent {

		/**
		 * The five risks of each request the reader may not read, and what each of its
		 * legal assessments says (exposure, mitigation, and who advised when advice was
		 * obtained).
		 */
		@Override
		public int redactedValues() {
			return this.decisions.stream()
				.filter(DecisionView::redacted)
				.mapToInt((d) -> 5 + d.assessments().stream().mapToInt((a) -> a.adviceObtained() ? 3 : 2).sum())
				.sum();
		}

	}

}
