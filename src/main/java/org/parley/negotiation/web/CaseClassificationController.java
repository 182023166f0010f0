package org.parley.negotiation.web;

import org.parley.negotiation.CaseClassification;

import jakarta.validation.constraints.Size;
import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An HQ reviewer of the team who may read the case changes the level of the case or of
 * one of its rounds, with a reason and the version they saw (decision 0022).
 */
@Controller
@Validated
@RequestMapping("/cases/{id}")
class CaseClassificationController {

	private final CaseClassification classification;

	CaseClassificationController(CaseClassification classification) {
		this.classification = classification;
	}

	@PostMapping("/classification")
	String classifyCase(@PathVariable long id, @RequestParam(required = false) Classification classification,
			@RequestParam(required = false) @Size(max = 500) String reason, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (Refusals.asFlash(redirect, "classification.conflict")
			.attempt(() -> this.classification.classifyCase(id, version, classification, reason, user))) {
			Flash.success(redirect, "classification.changed");
		}
		return "redirect:/cases/" + id;
	}

	@PostMapping("/rounds/{roundId}/classification")
	String classifyRound(@PathVariable long id, @PathVariable long roundId,
			@RequestParam(required = false) Classification classification,
			@RequestParam(required = false) @Size(max = 500) String reason, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		if (Refusals.asFlash(redirect, "classification.conflict")
			.attempt(() -> this.classification.classifyRound(id, roundId, version, classification, reason, user))) {
			Flash.success(redirect, "classification.changed");
		}
		return "redirect:/cases/" + id + "/steps/negotiation-rounds#round-" + roundId;
	}

}
