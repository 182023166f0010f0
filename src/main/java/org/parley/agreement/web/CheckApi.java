package org.parley.agreement.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.agreement.CheckResult;
import org.parley.agreement.CheckView;
import org.parley.agreement.monitoring.CheckRecord;
import org.parley.agreement.monitoring.CheckState;
import org.parley.agreement.monitoring.ObligationQueries;
import org.parley.agreement.monitoring.ObligationRecording;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.PlausibleDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Compliance checks through the JSON API, with the page's rules: the user's teams only
 * (another team's check is not found), recorded once by the team's field officers (403
 * for others), If-Match with the check's ETag (428 without it, 409 when stale), and the
 * check's rules as 422 problem details.
 */
@RestController
@RequestMapping("/api/v1/checks")
@Tag(name = "Compliance checks")
class CheckApi {

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final ObligationQueries checks;

	private final ObligationRecording recorder;

	CheckApi(ObligationQueries checks, ObligationRecording recorder) {
		this.checks = checks;
		this.recorder = recorder;
	}

	@GetMapping
	@Operation(summary = "The checks of the caller's teams, by due date",
			description = "One keyset page at a time: pass nextCursor back as cursor for the next page.")
	@ApiResponse(responseCode = "200", description = "A page of checks")
	@ApiResponse(responseCode = "404", description = "The agreement does not exist or is not the caller's",
			content = @Content(mediaType = PROBLEM))
	KeysetPage<CheckView> list(
			@Parameter(description = "open (not recorded, window not ended), overdue (not recorded, window ended) "
					+ "or recorded") @RequestParam(required = false) String state,
			@Parameter(description = "Only this agreement's checks") @RequestParam(required = false) Long agreementId,
			@Parameter(description = "The nextCursor of the page before") @RequestParam(required = false) String cursor,
			@Parameter(description = "1 to 100") @RequestParam(defaultValue = "25") int size,
			@AuthenticationPrincipal CurrentUser user) {
		return this.checks.page(user, state(state), agreementId, cursor, Math.max(1, Math.min(size, 100)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One check, with its version as ETag")
	@ApiResponse(responseCode = "200", description = "The check")
	@ApiResponse(responseCode = "404", description = "No such check in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<CheckView> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return withETag(this.checks.check(id, user));
	}

	@PostMapping("/{id}/record")
	@Operation(summary = "Records what the check found",
			description = "breach: true also marks the agreement breached and sends the case back to negotiation "
					+ "rounds, the evidence as the reason (only for VIOLATED).")
	@ApiResponse(responseCode = "200", description = "The check, recorded, with its new ETag")
	@ApiResponse(responseCode = "400", description = "Missing or invalid fields",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "403", description = "Not a field officer of the check's team",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such check in the caller's teams",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "409", description = "The check changed since it was read",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "422",
			description = "Refused by a rule (recorded already, before its due date, " + "evidence missing)",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
	ResponseEntity<CheckView> record(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody Recording recording, @AuthenticationPrincipal CurrentUser user) {
		this.recorder.recordCheck(id, ETags.version(ifMatch),
				new CheckRecord(recording.result(), recording.evidence(), recording.source(), recording.checkedOn()),
				Boolean.TRUE.equals(recording.breach()), user);
		return withETag(this.checks.check(id, user));
	}

	private static CheckState state(String state) {
		if (state == null || state.isBlank()) {
			return null;
		}
		try {
			return CheckState.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new org.parley.shared.RuleViolation("state", "agreement.check.state-unknown");
		}
	}

	private static ResponseEntity<CheckView> withETag(CheckView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	/**
	 * What a field officer found.
	 *
	 * @param breach with VIOLATED: also mark the agreement breached
	 */
	record Recording(@NotNull(message = "{validation.required}") CheckResult result,
			@Size(max = 20000, message = "{validation.too-long}") String evidence,
			@Size(max = 300, message = "{validation.too-long}") String source,
			@NotNull(message = "{validation.required}") @PastOrPresent(
					message = "{validation.date.future}") @PlausibleDate LocalDate checkedOn,
			Boolean breach) {
	}

}
