package org.parley.access;

import java.net.URI;
import java.time.YearMonth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
import org.parley.shared.InvalidParameterException;
import org.parley.shared.KeysetPage;
import org.parley.shared.PlausibleDate;
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
	SeverityTable severity(@RequestParam(required = false) @Parameter(description = "first month, yyyy-MM") String from,
			@RequestParam(required = false) @Parameter(description = "last month, yyyy-MM") String to,
			@RequestParam(required = false) @Parameter(description = "ISO country code") String country,
			@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "50") int size,
			@AuthenticationPrincipal CurrentUser user) {
		AccessPermissions.requireReader(user);
		YearMonth until = month(to, "to");
		YearMonth since = month(from, "from");
		YearMonth last = (until != null) ? until : this.severities.thisMonth();
		YearMonth first = (since != null) ? since : last.minusMonths(5);
		return this.severities.table(first, last, country, cursor, Math.max(1, Math.min(size, MAX_PAGE)), user);
	}

	@PostMapping("/severity")
	@Operation(summary = "Rates an area's month, or corrects its rating (field officers of the team)",
			description = "A month already rated is corrected only with version set to the version of its cell: "
					+ "409 otherwise, or when someone else corrected it first.")
	@ApiResponse(responseCode = "200", description = "Rated; the table's cell as stored")
	SeverityTable.Cell rate(@Valid @RequestBody SeverityForm form, @AuthenticationPrincipal CurrentUser user) {
		this.severities.record(form, user);
		SeverityForm stored = this.severities.draft(form.teamId(), form.area(), form.period(), user);
		return new SeverityTable.Cell(stored.period(), stored.severity(), stored.reasons(), stored.version());
	}

	/**
	 * A month of the period's filter ({@code yyyy-MM}), or null when not given; a
	 * malformed one, or one outside the years Parley accepts, is refused naming it.
	 */
	private static YearMonth month(String text, String parameter) {
		if (text == null || text.isBlank()) {
			return null;
		}
		YearMonth month = SeverityForm.monthOf(text);
		if (month == null) {
			throw new InvalidParameterException(parameter, "access.severity.month.invalid");
		}
		if (!PlausibleDate.Range.accepts(month.atDay(1))) {
			throw new InvalidParameterException(parameter, PlausibleDate.MESSAGE_KEY);
		}
		return month;
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
	@ApiResponse(responseCode = "201", description = "Recorded; Location and ETag of the new constraint")
	ResponseEntity<ConstraintView> create(@Valid @RequestBody ConstraintForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.constraints.record(form, user);
		ConstraintView constraint = this.constraints.get(id, user);
		return ResponseEntity.created(URI.create("/api/v1/access/constraints/" + id))
			.eTag(Long.toString(constraint.version()))
			.body(constraint);
	}

	@PutMapping("/constraints/{id}")
	@Operation(summary = "Corrects an access constraint, or closes it with its end date (field officers of the team)",
			description = "If-Match is the constraint's version: 428 without it, 409 when someone else changed it.")
	ResponseEntity<ConstraintView> update(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody ConstraintForm form, @AuthenticationPrincipal CurrentUser user) {
		this.constraints.update(id, ETags.version(ifMatch), form, user);
		return get(id, user);
	}

	@GetMapping("/constraints/{id}")
	@Operation(summary = "One access constraint, its description included, with its ETag")
	ResponseEntity<ConstraintView> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		ConstraintView constraint = this.constraints.get(id, user);
		return ResponseEntity.ok().eTag(Long.toString(constraint.version())).body(constraint);
	}

}
