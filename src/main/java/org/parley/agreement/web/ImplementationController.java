package org.parley.agreement.web;

import java.util.Optional;

import jakarta.validation.Valid;
import org.parley.agreement.CheckView;
import org.parley.agreement.internal.AgreementAttachments;
import org.parley.agreement.internal.ImplementationScores;
import org.parley.agreement.monitoring.ObligationQueries;
import org.parley.agreement.monitoring.ObligationRecording;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * How an agreement in force is kept, from its page: the team records what a compliance
 * check found (with files as evidence), attaches files to the agreement, and scores the
 * implementation of its commitments month by month. A refusal shows the page again, the
 * message next to the field it concerns and what was typed kept.
 */
@Controller
class ImplementationController {

	private final ObligationRecording recording;

	private final ObligationQueries obligations;

	private final AgreementAttachments attachments;

	private final ImplementationScores scores;

	private final AgreementPage page;

	ImplementationController(ObligationRecording recording, ObligationQueries obligations,
			AgreementAttachments attachments, ImplementationScores scores, AgreementPage page) {
		this.recording = recording;
		this.obligations = obligations;
		this.attachments = attachments;
		this.scores = scores;
		this.page = page;
	}

	/**
	 * The team records what a compliance check found; for a violation, it may mark the
	 * agreement breached, and go on to record the incident, its form started from the
	 * check.
	 */
	@PostMapping("/agreements/{id}/checks/{checkId}")
	String record(@PathVariable long id, @PathVariable long checkId, @RequestParam long version,
			@Valid @ModelAttribute("checkForm") CheckForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("recordingCheck", checkId);
		if (result.hasErrors()) {
			model.addAttribute("agreementError", "agreement.check.invalid");
		}
		if (Refusals.onForm(result, "agreement.conflict")
			.attempt(() -> this.recording.recordCheck(checkId, version, form.record(), form.breaches(),
					form.attachments(), user))) {
			Flash.success(redirect, form.breaches() ? "agreement.check.breach-recorded" : "agreement.check.recorded");
			if (form.opensIncident()) {
				return "redirect:" + incidentForm(id, checkId, form, user);
			}
			return "redirect:/agreements/" + id + "#checks";
		}
		return this.page.show(id, user, model);
	}

	/**
	 * The incident form started from a violated check: its case, agreement, commitment,
	 * the day it was checked and the group that owed the commitment, if it is one of the
	 * registry. A plain URL: the incident module depends on agreements, not the reverse.
	 */
	private String incidentForm(long id, long checkId, CheckForm form, CurrentUser user) {
		CheckView check = this.obligations.check(checkId, user);
		return UriComponentsBuilder.fromPath("/incidents/new")
			.queryParam("caseId", check.caseId())
			.queryParam("agreementId", id)
			.queryParam("commitment", check.commitmentKey())
			.queryParam("checkId", checkId)
			.queryParam("occurredOn", form.checkedOn())
			.queryParamIfPresent("groupId", Optional.ofNullable(this.obligations.groupThatOwed(checkId, user)))
			.encode()
			.toUriString();
	}

	/**
	 * Attaches a file (a signed scan, a photo) to the agreement. A refused file is named
	 * at the file field; the kind and caption typed stay.
	 */
	@PostMapping("/agreements/{id}/attachments")
	String attach(@PathVariable long id, @Valid @ModelAttribute("attachmentForm") AttachmentForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "agreement.conflict")
			.attempt(() -> this.attachments.attach(id, form.kind(), form.caption(), form.file(), user))
			.isPresent()) {
			Flash.success(redirect, "agreement.attachment.added");
			return "redirect:/agreements/" + id + "#attachments";
		}
		return this.page.show(id, user, model);
	}

	/** Scores one commitment's implementation for a month (yyyy-MM), 0 to 3. */
	@PostMapping("/agreements/{id}/scores")
	String score(@PathVariable long id, @ModelAttribute("scoreForm") ScoreForm form,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.score() == null) {
			model.addAttribute("agreementError", "agreement.score.range");
		}
		else if (Refusals.onPage(model, "agreementError", "agreement.conflict")
			.attempt(() -> this.scores.score(id, form.commitment(), form.period(), form.score(), form.note(), user))) {
			Flash.success(redirect, "agreement.score.saved");
			return "redirect:/agreements/" + id;
		}
		return this.page.show(id, user, model);
	}

}
