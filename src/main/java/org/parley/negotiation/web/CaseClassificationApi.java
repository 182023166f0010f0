package org.parley.negotiation.web;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseClassification;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.negotiation.step.rounds.RoundView;
import org.parley.negotiation.step.rounds.Rounds;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.protection.Classification;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.ETags;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The level of a case or of one of its rounds through the JSON API (decision 0022): an HQ
 * reviewer of the team who may read the case changes it, with a reason; If-Match carries
 * the version of the case (or of the round). A POST, as the API's other versioned actions
 * with a reason (HQ's decisions): it answers the record with its new ETag.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
class CaseClassificationApi {

	private final CaseClassification classification;

	private final CaseQueries cases;

	private final CaseAccess access;

	private final Rounds rounds;

	CaseClassificationApi(CaseClassification classification, CaseQueries cases, CaseAccess access, Rounds rounds) {
		this.classification = classification;
		this.cases = cases;
		this.access = access;
		this.rounds = rounds;
	}

	@PostMapping("/classification")
	ResponseEntity<CaseView> classifyCase(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody Change change, @AuthenticationPrincipal CurrentUser user) {
		this.classification.classifyCase(id, ETags.version(ifMatch), change.classification(), change.reason(), user);
		CaseView view = this.cases.get(id, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@PostMapping("/rounds/{roundId}/classification")
	ResponseEntity<RoundView> classifyRound(@PathVariable long id, @PathVariable long roundId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody Change change,
			@AuthenticationPrincipal CurrentUser user) {
		this.classification.classifyRound(id, roundId, ETags.version(ifMatch), change.classification(), change.reason(),
				user);
		RoundView view = this.rounds.one(this.access.toRead(id, user), roundId);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	/** The new level and why. */
	record Change(@NotNull(message = "{validation.required}") Classification classification,
			@Size(max = 500, message = "{validation.too-long}") String reason) {
	}

}
