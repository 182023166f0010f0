package org.parley.disclosure;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
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

/**
 * The register of disclosure requests through the JSON API, with the pages' rules: the
 * teams' need-to-know (404), roles (403: only HQ reviewers of the team decide), the
 * request's rules (422), and If-Match on every change (428 without it, 409 when stale).
 */
@RestController
@RequestMapping("/api/v1/disclosure-requests")
@Tag(name = "Disclosure requests",
		description = "Requests from authorities, donors, agencies or others for personal data a team holds")
class DisclosureApi {

	static final int MAX_PAGE = 100;

	private final DisclosureRequests requests;

	private final ReadLog readLog;

	DisclosureApi(DisclosureRequests requests, ReadLog readLog) {
		this.requests = requests;
		this.readLog = readLog;
	}

	@GetMapping
	@Operation(summary = "Requests of the caller's teams, the most recently received first",
			description = "Keyset pagination: pass the page's nextCursor as cursor to read the next page.")
	KeysetPage<DisclosureRequestView> list(@RequestParam(required = false) RequestState state,
			@RequestParam(required = false) RequesterKind requesterKind, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "25") int size, @AuthenticationPrincipal CurrentUser user) {
		return this.requests.page(new DisclosureFilter(state, requesterKind), cursor,
				Math.max(1, Math.min(size, MAX_PAGE)), user);
	}

	@PostMapping
	@Operation(summary = "Records a request received (field officers and HQ reviewers of the team)")
	@ApiResponse(responseCode = "201", description = "Recorded; Location and ETag of the new request")
	ResponseEntity<DisclosureRequestView> create(@Valid @RequestBody DisclosureRequestForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.requests.record(form, user);
		DisclosureRequestView request = this.requests.get(id, user);
		return ResponseEntity.created(URI.create("/api/v1/disclosure-requests/" + id))
			.eTag(Long.toString(request.version()))
			.body(request);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One request, with its assessment and decision, and its ETag")
	ResponseEntity<DisclosureRequestView> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		DisclosureRequestView request = this.requests.get(id, user);
		this.readLog.record(ReadAction.OPENED, "DisclosureRequest", Long.toString(id),
				DisclosureController.singleCase(request), request.teamId());
		return withETag(request);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Corrects a request while it waits for a decision",
			description = "If-Match is the request's ETag: 428 without it, 409 when someone else changed it.")
	ResponseEntity<DisclosureRequestView> update(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody DisclosureRequestForm form, @AuthenticationPrincipal CurrentUser user) {
		this.requests.update(id, ETags.version(ifMatch), form, user);
		return withETag(this.requests.get(id, user));
	}

	@PutMapping("/{id}/assessment")
	@Operation(summary = "Writes the team's assessment: the risk to the people concerned, the purpose",
			description = "The first assessment puts the request under assessment; HQ decides only after it.")
	ResponseEntity<DisclosureRequestView> assess(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody AssessmentForm form, @AuthenticationPrincipal CurrentUser user) {
		this.requests.assess(id, ETags.version(ifMatch), form, user);
		return withETag(this.requests.get(id, user));
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Decides on the request (HQ reviewers of the team), once",
			description = "A reason always; when anything is disclosed, what it is and minimumNecessary=true.")
	ResponseEntity<DisclosureRequestView> decide(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody DecisionForm form, @AuthenticationPrincipal CurrentUser user) {
		this.requests.decide(id, ETags.version(ifMatch), form, user);
		return withETag(this.requests.get(id, user));
	}

	@PostMapping("/{id}/closure")
	@Operation(summary = "Closes a decided request: the answer went out as decided")
	ResponseEntity<DisclosureRequestView> close(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody EndForm form, @AuthenticationPrincipal CurrentUser user) {
		this.requests.close(id, ETags.version(ifMatch), form.note(), user);
		return withETag(this.requests.get(id, user));
	}

	@PostMapping("/{id}/withdrawal")
	@Operation(summary = "Records that the requester withdrew the request before a decision (note: why)")
	ResponseEntity<DisclosureRequestView> withdraw(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody EndForm form, @AuthenticationPrincipal CurrentUser user) {
		this.requests.withdraw(id, ETags.version(ifMatch), form.note(), user);
		return withETag(this.requests.get(id, user));
	}

	private static ResponseEntity<DisclosureRequestView> withETag(DisclosureRequestView request) {
		return ResponseEntity.ok().eTag(Long.toString(request.version())).body(request);
	}

}
