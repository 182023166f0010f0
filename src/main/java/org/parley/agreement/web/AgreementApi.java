package org.parley.agreement.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.AgreementStatus;
import org.parley.agreement.AgreementSummaries;
import org.parley.agreement.AgreementSummary;
import org.parley.agreement.Agreements;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.negotiation.CaseQueries;
import org.parley.shared.CurrentUser;
import org.parley.shared.InvalidParameterException;
import org.parley.shared.KeysetPage;
import org.parley.shared.web.ETags;

import org.springframework.http.HttpHeaders;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Agreements through the JSON API, with the pages' rules: the case's need-to-know (404),
 * roles (403), the agreement step's gate and HQ's review (422), and If-Match on every
 * change (428 without it, 409 when stale). The ETag of an agreement is its own version; a
 * version's changes (edit, submit, review) take the version's ETag, read from the
 * agreement's {@code versions}.
 */
@RestController
@RequestMapping("/api/v1")
class AgreementApi {

	private final Agreements agreements;

	private final AgreementWorkflow workflow;

	private final AgreementSummaries summaries;

	private final ReadLog readLog;

	private final CaseQueries cases;

	AgreementApi(Agreements agreements, AgreementWorkflow workflow, AgreementSummaries summaries, ReadLog readLog,
			CaseQueries cases) {
		this.readLog = readLog;
		this.cases = cases;
		this.agreements = agreements;
		this.workflow = workflow;
		this.summaries = summaries;
	}

	/**
	 * The agreements of the caller's teams, for reporting tools: filtered by team, status
	 * and case, oldest first, a keyset page at a time ({@code after} is the
	 * {@code nextCursor} of the page before; {@code next} is the whole link, also sent as
	 * a {@code Link} header). A filter that is not understood is a 400 naming it; a team
	 * or case the caller may not see simply lists nothing.
	 */
	@GetMapping("/agreements")
	ResponseEntity<AgreementList> list(@RequestParam(required = false) String team,
			@RequestParam(required = false) String status, @RequestParam(name = "case", required = false) String caseId,
			@RequestParam(required = false) String after, @RequestParam(required = false) String size,
			@AuthenticationPrincipal CurrentUser user) {
		AgreementSummaries.Filter filter = new AgreementSummaries.Filter(number("team", team), status(status),
				number("case", caseId));
		int pageSize = pageSize(size);
		KeysetPage<AgreementSummary> page = this.summaries.page(user, filter, number("after", after), pageSize);
		String next = null;
		if (page.hasNext()) {
			next = UriComponentsBuilder.fromPath("/api/v1/agreements")
				.queryParamIfPresent("team", Optional.ofNullable(filter.teamId()))
				.queryParamIfPresent("status", Optional.ofNullable(filter.status()))
				.queryParamIfPresent("case", Optional.ofNullable(filter.caseId()))
				.queryParam("after", page.nextCursor())
				.queryParam("size", pageSize)
				.build()
				.toUriString();
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (next != null) {
			response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return response.body(new AgreementList(page.items(), page.nextCursor(), next));
	}

	private static Long number(String parameter, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidParameterException(parameter, "api.agreements.not-a-number", parameter, value);
		}
	}

	private static AgreementStatus status(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return Arrays.stream(AgreementStatus.values())
			.filter((s) -> s.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new InvalidParameterException("status", "api.agreements.unknown-status", value,
					Arrays.stream(AgreementStatus.values()).map(Enum::name).collect(Collectors.joining(", "))));
	}

	private static int pageSize(String value) {
		Long size = number("size", value);
		if (size == null) {
			return 25;
		}
		if (size < 1 || size > 100) {
			throw new InvalidParameterException("size", "api.agreements.size", value);
		}
		return size.intValue();
	}

	/**
	 * One page of agreements.
	 *
	 * @param nextCursor the {@code after} of the next page, or null on the last
	 * @param next the link to the next page, or null on the last
	 */
	record AgreementList(List<AgreementSummary> items, String nextCursor, String next) {
	}

	@GetMapping("/cases/{caseId}/agreements")
	List<AgreementDetails> ofCase(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user) {
		return this.agreements.ofCase(caseId, user);
	}

	/** Drafts a first version (201, Location, ETag). */
	@PostMapping("/cases/{caseId}/agreements")
	ResponseEntity<AgreementDetails> create(@PathVariable long caseId, @Valid @RequestBody AgreementDraft draft,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.workflow.create(caseId, draft, user);
		AgreementDetails details = this.agreements.details(id, user);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + id))
			.eTag(Long.toString(details.version()))
			.body(details);
	}

	@GetMapping("/agreements/{id}")
	ResponseEntity<AgreementDetails> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		AgreementDetails details = this.agreements.details(id, user);
		this.readLog.record(ReadAction.OPENED, "Agreement", Long.toString(id), details.caseId(),
				this.cases.get(details.caseId(), user).teamId());
		return withETag(details);
	}

	/** Edits the version being drafted or returned; If-Match is that version's ETag. */
	@PutMapping("/agreements/{id}/versions/{versionId}")
	ResponseEntity<AgreementDetails> update(@PathVariable long id, @PathVariable long versionId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody AgreementDraft draft,
			@AuthenticationPrincipal CurrentUser user) {
		this.workflow.update(id, versionId, ETags.version(ifMatch), draft, user);
		return withETag(this.agreements.details(id, user));
	}

	@PostMapping("/agreements/{id}/versions/{versionId}/submit")
	ResponseEntity<AgreementDetails> submit(@PathVariable long id, @PathVariable long versionId,
			@RequestHeader("If-Match") String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		this.workflow.submit(id, versionId, ETags.version(ifMatch), user);
		return withETag(this.agreements.details(id, user));
	}

	/**
	 * HQ's review: {@code {"approve": true|false, "comment": "...", "onCommitments":
	 * {key: comment}}}.
	 */
	@PostMapping("/agreements/{id}/versions/{versionId}/review")
	ResponseEntity<AgreementDetails> review(@PathVariable long id, @PathVariable long versionId,
			@RequestHeader("If-Match") String ifMatch, @RequestBody Review review,
			@AuthenticationPrincipal CurrentUser user) {
		if (Boolean.TRUE.equals(review.approve())) {
			this.workflow.approve(id, versionId, ETags.version(ifMatch), review.comment(), user);
		}
		else {
			this.workflow.returnWith(id, versionId, ETags.version(ifMatch), review.comment(),
					(review.onCommitments() != null) ? review.onCommitments() : Map.of(), user);
		}
		return withETag(this.agreements.details(id, user));
	}

	/**
	 * Drafts a new version of the agreement in force; If-Match is the agreement's ETag.
	 */
	@PostMapping("/agreements/{id}/revisions")
	ResponseEntity<AgreementDetails> revise(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		this.workflow.revise(id, ETags.version(ifMatch), user);
		return withETag(this.agreements.details(id, user));
	}

	/**
	 * Suspends, marks breached, terminates or puts back in force: {@code {"to",
	 * "reason"}}.
	 */
	@PostMapping("/agreements/{id}/status")
	ResponseEntity<AgreementDetails> move(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@RequestBody Move move, @AuthenticationPrincipal CurrentUser user) {
		this.workflow.move(id, ETags.version(ifMatch), move.to(), move.reason(), user);
		return withETag(this.agreements.details(id, user));
	}

	/** Versions waiting for the caller's review (HQ reviewers). */
	@GetMapping("/agreements/waiting-for-review")
	List<Agreements.Waiting> waiting(@AuthenticationPrincipal CurrentUser user) {
		return this.agreements.waitingFor(user);
	}

	private static ResponseEntity<AgreementDetails> withETag(AgreementDetails details) {
		return ResponseEntity.ok().eTag(Long.toString(details.version())).body(details);
	}

	/** HQ's review of a version. */
	record Review(Boolean approve, String comment, Map<String, String> onCommitments) {
	}

	/** A change of an agreement in force, with its reason. */
	record Move(AgreementStatus to, String reason) {
	}

}
