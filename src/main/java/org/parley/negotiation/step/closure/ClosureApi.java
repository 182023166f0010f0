package org.parley.negotiation.step.closure;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseWorkflow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Step 9 through the JSON API; If-Match carries the case's version. */
@RestController
@RequestMapping("/api/v1/cases/{id}/closure")
class ClosureApi {

	private final Closures closures;

	private final CaseWorkflow workflow;

	private final CaseAccess access;

	ClosureApi(Closures closures, CaseWorkflow workflow, CaseAccess access) {
		this.closures = closures;
		this.workflow = workflow;
		this.access = access;
	}

	@GetMapping
	ResponseEntity<ClosureView> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return withETag(id, user);
	}

	/**
	 * Saves the outcome and lessons learned; with {@code request=true}, also asks HQ to
	 * confirm the closure (422 with what is {@code missing} while incomplete).
	 */
	@PutMapping
	ResponseEntity<ClosureView> save(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@RequestParam(defaultValue = "false") boolean request, @Valid @RequestBody ClosureForm form,
			@AuthenticationPrincipal CurrentUser user) {
		if (request) {
			this.workflow.requestClosure(id, ETags.version(ifMatch), form.outcome(), form.lessonsLearned(), user);
		}
		else {
			this.closures.describe(id, ETags.version(ifMatch), form, user);
		}
		return withETag(id, user);
	}

	/**
	 * An HQ reviewer of the team, who did not ask, confirms the closure (the case is
	 * closed) or returns it with a reason.
	 */
	@PostMapping("/decision")
	ResponseEntity<ClosureView> decide(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody ClosureDecision decision, @AuthenticationPrincipal CurrentUser user) {
		if (decision.confirm()) {
			this.workflow.confirmClosure(id, ETags.version(ifMatch), decision.reason(), user);
		}
		else {
			this.workflow.returnClosure(id, ETags.version(ifMatch), decision.reason(), user);
		}
		return withETag(id, user);
	}

	private ResponseEntity<ClosureView> withETag(long id, CurrentUser user) {
		CaseGrant grant = this.access.toRead(id, user);
		return ResponseEntity.ok().eTag(Long.toString(grant.version())).body(this.closures.of(grant));
	}

	/**
	 * HQ's answer to a request to close the case.
	 *
	 * @param confirm true to close the case, false to return it to the team
	 * @param reason required to return it
	 */
	record ClosureDecision(@NotNull(message = "{validation.required}") Boolean confirm,
			@Size(max = 10000, message = "{validation.too-long}") String reason) {
	}

}
