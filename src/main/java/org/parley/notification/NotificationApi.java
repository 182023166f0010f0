package org.parley.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.ReadOnlySafe;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's notifications through the API: the same inbox as the page, only ever the
 * caller's own.
 */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notifications")
class NotificationApi {

	private final Inbox inbox;

	NotificationApi(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping
	@Operation(summary = "The caller's notifications, newest first",
			description = "A keyset page: pass nextCursor as cursor for the next one. The text of a notification "
					+ "is its messageKey with messageArgs, from Parley's message bundles.")
	@ApiResponse(responseCode = "200", description = "One page")
	@ApiResponse(responseCode = "401", description = "No valid access token or session",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	KeysetPage<NotificationView> list(
			@Parameter(description = "nextCursor of the page before") @RequestParam(required = false) String cursor,
			@Parameter(description = "rows per page, 1 to 100") @RequestParam(defaultValue = "25") int size,
			@Parameter(description = "true: leave out the notifications whose request was decided, answered or "
					+ "recorded (doneAt set)") @RequestParam(defaultValue = "false") boolean hideDone,
			@AuthenticationPrincipal CurrentUser user) {
		return this.inbox.page(user, cursor, Math.max(1, Math.min(size, 100)), !hideDone);
	}

	@ReadOnlySafe("Marks the reader's own notification read")
	@PostMapping("/{id}/read")
	@Operation(summary = "Marks one of the caller's notifications read")
	@ApiResponse(responseCode = "204", description = "Marked read (or it already was)")
	@ApiResponse(responseCode = "404", description = "No such notification, or not the caller's",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> read(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		this.inbox.open(id, user);
		return ResponseEntity.noContent().build();
	}

}
