package org.parley.agreement.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.agreement.DisputeView;
import org.parley.agreement.dispute.ContactRecord;
import org.parley.agreement.dispute.DisputeRecord;
import org.parley.agreement.dispute.Disputes;
import org.parley.agreement.dispute.OutcomeRecord;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.ETags;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Disputes under an agreement through the JSON API, with the page's rules: readers of the
 * case list them, the team's field officers raise them and add contacts, they or the
 * team's HQ reviewers close them with If-Match (428 without it, 409 when stale); rules
 * refused as 422 problem details naming the field.
 */
@RestController
@RequestMapping("/api/v1/agreements/{id}/disputes")
@Tag(name = "Agreement disputes")
class DisputeApi {

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final Disputes disputes;

	DisputeApi(Disputes disputes) {
		this.disputes = disputes;
	}

	@GetMapping
	@Operation(summary = "The agreement's disputes, newest first, each with its contacts")
	@ApiResponse(responseCode = "200", description = "The disputes")
	@ApiResponse(responseCode = "404", description = "No such agreement in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	List<DisputeView> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.disputes.of(id, user);
	}

	@GetMapping("/{disputeId}")
	@Operation(summary = "One dispute, with its version as ETag")
	@ApiResponse(responseCode = "200", description = "The dispute")
	@ApiResponse(responseCode = "404", description = "No such dispute in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<DisputeView> get(@PathVariable long id, @PathVariable long disputeId,
			@AuthenticationPrincipal CurrentUser user) {
		DisputeView view = this.disputes.one(id, disputeId, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@PostMapping
	@Operation(summary = "Raises a dispute before the mechanism the agreement names")
	@ApiResponse(responseCode = "201", description = "The dispute, with its version as ETag")
	@ApiResponse(responseCode = "403", description = "Not a field officer of the team",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such agreement in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "422",
			description = "A mechanism the agreement does not name, a commitment or check not of the agreement",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<DisputeView> raise(@PathVariable long id, @Valid @RequestBody DisputeRecord record,
			@AuthenticationPrincipal CurrentUser user) {
		long disputeId = this.disputes.raise(id, record, user);
		DisputeView view = this.disputes.one(id, disputeId, user);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/disputes"))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PostMapping("/{disputeId}/contacts")
	@Operation(summary = "Records a hearing, meeting, call or letter of an open dispute")
	@ApiResponse(responseCode = "201", description = "The dispute with the contact")
	@ApiResponse(responseCode = "403", description = "Not a field officer of the team",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such dispute in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "422", description = "Closed already, or dated before the dispute was raised",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<DisputeView> contact(@PathVariable long id, @PathVariable long disputeId,
			@Valid @RequestBody ContactRecord record, @AuthenticationPrincipal CurrentUser user) {
		this.disputes.addContact(id, disputeId, record, user);
		DisputeView view = this.disputes.one(id, disputeId, user);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id + "/disputes"))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PostMapping("/{disputeId}/outcome")
	@Operation(summary = "Closes a dispute with its outcome",
			description = "ESCALATED_TO_BREACH also marks an agreement in force or suspended breached, "
					+ "the outcome as the reason.")
	@ApiResponse(responseCode = "200", description = "The dispute, closed, with its new ETag")
	@ApiResponse(responseCode = "403", description = "Not a field officer or HQ reviewer of the team",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such dispute in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "409", description = "The dispute changed since it was read",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "422", description = "Closed already, OPEN as outcome, closed before raised",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
	ResponseEntity<DisputeView> close(@PathVariable long id, @PathVariable long disputeId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody OutcomeRecord record,
			@AuthenticationPrincipal CurrentUser user) {
		this.disputes.close(id, disputeId, ETags.version(ifMatch), record, user);
		DisputeView view = this.disputes.one(id, disputeId, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

}
