package org.parley.negotiation.step.agreement;

import org.parley.negotiation.AgreementEvidence;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.NegotiationCaseRepository;
import org.parley.negotiation.step.NotedStep;
import org.parley.negotiation.step.StepContent;
import org.parley.negotiation.step.StepPage;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Step 7, the agreement: complete once an agreement of the case is approved and in force
 * (told by the agreement module through {@link AgreementEvidence}), or with a note saying
 * why the case goes on without one.
 */
@Component
class AgreementStep implements NotedStep {

	private final List<AgreementEvidence> agreements;

	private final NegotiationCaseRepository cases;

	AgreementStep(List<AgreementEvidence> agreements, NegotiationCaseRepository cases) {
		this.agreements = agreements;
		this.cases = cases;
	}

	@Override
	public MethodStep step() {
		return MethodStep.AGREEMENT;
	}

	@Override
	public List<Missing> missing(NegotiationCase file) {
		boolean inForce = this.agreements.stream().anyMatch((e) -> e.hasAgreementInForce(file.getId()));
		return (inForce || file.getAgreementNote() != null) ? List.of() : List.of(Missing.of("agreement"));
	}

	@Override
	public String note(NegotiationCase file) {
		return file.getAgreementNote();
	}

	@Override
	public void note(NegotiationCase file, String text, Instant now) {
		file.noteAgreement(text, now);
	}

	@Override
	public void show(StepPage page, Model model) {
		model.addAttribute("note",
				model.containsAttribute("typedNote") ? model.getAttribute("typedNote") : note(page.caseId()));
		model.addAttribute("agreements",
				this.agreements.stream().flatMap((e) -> e.agreementsOf(page.caseId()).stream()).toList());
	}

	@Override
	public StepContent content(StepPage page) {
		return new Content(note(page.caseId()));
	}

	private String note(long caseId) {
		return this.cases.findById(caseId).map(NegotiationCase::getAgreementNote).orElse(null);
	}

	/** The step's content in the API: its note. */
	record Content(String note) implements StepContent {
	}

}
