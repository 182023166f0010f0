package org.parley.access;

import java.net.URI;
import java.time.YearMonth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.web.ETags;

import org.springframework.format.annotation.DateTimeFormat;
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
 * Access constraints and the severity table through the JSON API, with the pages' rules:
 * the teams' need-to-know (404), roles (403), bad input as problem details (400, 422) and
 * a stale correction refused (409).
 */
@RestController
@RequestMapping("/api/v1/access")
@Tag(name = "Access constraints", description = "Access constraints by area and the severity of access per month")
class AccessApi {

	static final int MAX_PAGE = 100;

	private final AccessConstraints constraints;

	private final AccessSeverities severities;

	AccessApi(AccessConstraints constraints, AccessSeverities severities) {
		this.constraints = constraints;
		this.severities = severities;
	}

	@GetMapping("/severity")
	@Operation(summary = "Severity of access constraints by area and month, with the trend",
			description = "The caller's teams' areas (rows) by month (cells, null when the month was not rated), "
					+ "from and to as yyyy-MM (by default the last six months, at most 24). Keyset pagination "
					+ "of the areas: pass nextCursor as cursor.")
	SeverityTable severity(
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Parameter(
					description = "first month, yyyy-MM") YearMonth from,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") @Parameter(
					description = "last month, yyyy-MM") YearMonth to,
			@RequestParam(required = false) @Parameter(description = "ISO country code") String country,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int size,
			@AuthenticationPrincipal CurrentUser user) {
		AccessPermissions.requireReader(user);
		YearMonth last = (to != null) ? to : this.severities.thisMonth();
		YearMonth first = (from != null) ? from : last.minusMonths(5);
		return this.severities.table(first, last, country, cursor, Math.max(1, Math.min(size, MAX_PAGE)), user);
	}

	@PostMapping("/severity")
	@Operation(summary = "Rates an area's month, or corrects its rating (field officers of the team)",
			description = "A month already rated is corrected only with If-Match (or version) set to its version: "
					+ "409 otherwise, or when someone else corrected it first.")
	@ApiResponse(responseCode = "200", description = "Rated; the table's cell as stored")
	SeverityTable.Cell rate(@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody SeverityForm form, @AuthenticationPrincipal CurrentUser user) {
		Long version = (ifMatch != null) ? Long.valueOf(ETags.version(ifMatch)) : form.version();
		SeverityForm rated = new SeverityForm(form.teamId(), form.country(), form.region(), form.locality(),
				form.month(), form.severity(), form.reasons(), version);
		this.severities.record(rated, user);
		SeverityForm stored = this.severities.draft(form.teamId(), rated.area(), rated.month(), user);
		return new SeverityTable.Cell(stored.month(), stored.severity(), stored.reasons(), stored.version());
	}

	@GetMapping("/constraints")
	@Operation(summary = "Access constraints of the caller's teams, the latest started first",
			description = "Keyset pagination: pass the page's nextCursor as cursor to read the next page.")
	KeysetPage<ConstraintView> list(@RequestParam(required = false) String country,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "25") int size,
			@AuthenticationPrincipal CurrentUser user) {
		AccessPermissions.requireReader(user);
		return this.constraints.page(country, cursor, Math.max(1, Math.min(size, MAX_PAGE)), user);
	}

	@PostMapping("/constraints")
	@Operation(summary = "Records an access constraint (field officers of the team)")
	@ApiResponse(responseCode = "201", description = "Recorded; Location of the new constraint")
	ResponseEntity<ConstraintView> create(@Valid @RequestBody ConstraintForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.constraints.record(form, user);
		return ResponseEntity.created(URI.create("/api/v1/access/constraints/" + id))
			.body(this.constraints.get(id, user));
	}

	@PutMapping("/constraints/{id}")
	@Operation(summary = "Corrects an access constraint, or closes it with its end date (field officers of the team)",
			description = "If-Match is the constraint's version: 428 without it, 409 when someone else changed it.")
	ConstraintView update(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody ConstraintForm form, @AuthenticationPrincipal CurrentUser user) {
		this.constraints.update(id, ETags.version(ifMatch), form, user);
		return this.constraints.get(id, user);
	}

	@GetMapping("/constraints/{id}")
	@Operation(summary = "One access constraint, its description included")
	ConstraintView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.constraints.get(id, user);
	}

}
