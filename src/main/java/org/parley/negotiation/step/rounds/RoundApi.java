package org.parley.negotiation.step.rounds;

import org.parley.negotiation.CaseAccess;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.ETags;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Step 6 through the JSON API. If-Match carries the round's version. */
@RestController
@RequestMapping("/api/v1/cases/{id}/rounds")
class RoundApi {

	private final Rounds rounds;

	private final CaseAccess access;

	RoundApi(Rounds rounds, CaseAccess access) {
		this.rounds = rounds;
		this.access = access;
	}

	/** The case's rounds, newest first, numbered in date order. */
	@GetMapping
	List<RoundView> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.rounds.of(this.access.toRead(id, user));
	}

	@GetMapping("/{roundId}")
	ResponseEntity<RoundView> get(@PathVariable long id, @PathVariable long roundId,
			@AuthenticationPrincipal CurrentUser user) {
		return withETag(this.rounds.one(this.access.toRead(id, user), roundId));
	}

	/**
	 * Records a round, once HQ has approved the engagement; in person, with the safety
	 * precautions or why some were not taken.
	 */
	@PostMapping
	ResponseEntity<RoundView> add(@PathVariable long id, @Valid @RequestBody RoundForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long roundId = this.rounds.add(id, form, user);
		RoundView view = this.rounds.one(this.access.toRead(id, user), roundId);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/rounds/" + roundId))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PutMapping("/{roundId}")
	ResponseEntity<RoundView> update(@PathVariable long id, @PathVariable long roundId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody RoundForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.rounds.update(id, roundId, ETags.version(ifMatch), form, user);
		return withETag(this.rounds.one(this.access.toRead(id, user), roundId));
	}

	/** Marks the round's next step as done. */
	@PostMapping("/{roundId}/next-step-done")
	ResponseEntity<RoundView> nextStepDone(@PathVariable long id, @PathVariable long roundId,
			@RequestHeader("If-Match") String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		this.rounds.nextStepDone(id, roundId, ETags.version(ifMatch), user);
		return withETag(this.rounds.one(this.access.toRead(id, user), roundId));
	}

	private static ResponseEntity<RoundView> withETag(RoundView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

}
