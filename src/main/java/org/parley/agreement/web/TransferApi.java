package org.parley.agreement.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.agreement.TransferView;
import org.parley.agreement.transfer.TransferRecord;
import org.parley.agreement.transfer.TransferReview;
import org.parley.agreement.transfer.Transfers;
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
 * What is given, through the JSON API, with the page's rules (decision 0026): readers of
 * the case list transfers, the team's field officers record them, an HQ reviewer of the
 * team who did not record one approves or refuses it with If-Match (428 without it, 409
 * when stale); a payment for access, a missing legal basis and the like are 422 problem
 * details naming the field.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/transfers")
@Tag(name = "Transfers")
class TransferApi {

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final Transfers transfers;

	TransferApi(Transfers transfers) {
		this.transfers = transfers;
	}

	@GetMapping
	@Operation(summary = "The case's transfers, the latest given first")
	@ApiResponse(responseCode = "200", description = "The transfers")
	@ApiResponse(responseCode = "404", description = "No such case in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	List<TransferView> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.transfers.of(id, user);
	}

	@GetMapping("/{transferId}")
	@Operation(summary = "One transfer, with its version as ETag")
	@ApiResponse(responseCode = "200", description = "The transfer")
	@ApiResponse(responseCode = "404", description = "No such transfer in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<TransferView> get(@PathVariable long id, @PathVariable long transferId,
			@AuthenticationPrincipal CurrentUser user) {
		TransferView view = this.transfers.one(id, transferId, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@PostMapping
	@Operation(summary = "Records a transfer; it waits for an HQ reviewer who did not record it",
			description = "forAccess true (given in exchange for access) is refused: the organisation's red line.")
	@ApiResponse(responseCode = "201", description = "The transfer, pending, with its version as ETag")
	@ApiResponse(responseCode = "403", description = "Not a field officer of the team",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such case in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "422",
			description = "A payment for access, cash or a designated group without legal basis, "
					+ "a recipient, round or commitment not of the case",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<TransferView> record(@PathVariable long id, @Valid @RequestBody TransferRecord record,
			@AuthenticationPrincipal CurrentUser user) {
		long transferId = this.transfers.record(id, record, user);
		TransferView view = this.transfers.one(id, transferId, user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/transfers/" + transferId))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PostMapping("/{transferId}/approval")
	@Operation(summary = "Approves or refuses a pending transfer",
			description = "approve false needs a refusal reason (PAYMENT_FOR_ACCESS, ...) and a comment.")
	@ApiResponse(responseCode = "200", description = "The transfer, reviewed, with its new ETag")
	@ApiResponse(responseCode = "403", description = "Not an HQ reviewer of the team",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such transfer in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "409", description = "The transfer changed since it was read",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "422", description = "Reviewed already, recorded by the caller, no reason",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
	ResponseEntity<TransferView> review(@PathVariable long id, @PathVariable long transferId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody TransferReview review,
			@AuthenticationPrincipal CurrentUser user) {
		this.transfers.review(id, transferId, ETags.version(ifMatch), review, user);
		TransferView view = this.transfers.one(id, transferId, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

}
