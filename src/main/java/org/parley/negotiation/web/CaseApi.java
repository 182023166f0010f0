package org.parley.negotiation.web;

import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseStatus;
import org.parley.negotiation.CaseView;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.DecisionView;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.TransitionView;
import org.parley.negotiation.casefile.CaseForm;
import org.parley.negotiation.casefile.Cases;
import org.parley.negotiation.casefile.DecisionRequest;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.identity.ParleyUser;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;
import org.parley.shared.web.ETags;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
 * Negotiation cases through the JSON API, under the same need-to-know, roles, gates and
 * validation as the pages: another team's case answers 404, a read-only role 403. Updates
 * need the ETag of the version read, in If-Match, so that nobody's change is overwritten
 * silently. The steps and their content are in the step packages.
 */
@RestController
@RequestMapping("/api/v1/cases")
class CaseApi {

	private final CaseQueries cases;

	private final Cases opened;

	private final CaseWorkflow workflow;

	private final TeamCalendar calendar;

	private final ReadLog readLog;

	CaseApi(CaseQueries cases, Cases opened, CaseWorkflow workflow, TeamCalendar calendar, ReadLog readLog) {
		this.readLog = readLog;
		this.cases = cases;
		this.opened = opened;
		this.workflow = workflow;
		this.calendar = calendar;
	}

	/**
	 * CaseQueries the caller may see that match the filters, most recently changed first,
	 * one keyset page at a time.
	 * @param mine only cases the caller leads or opened
	 * @param overdue only active cases whose next step is past due
	 * @param q words the case holds, every one (title, area, objectives, rounds; accents
	 * and case ignored; decision 0029)
	 * @param after the cursor of the previous page
	 */
	@GetMapping
	KeysetPage<CaseView> list(@RequestParam(defaultValue = "false") boolean mine,
			@RequestParam(required = false) MethodStep step, @RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) Long group, @RequestParam(required = false) String country,
			@RequestParam(required = false) Long team, @RequestParam(defaultValue = "false") boolean overdue,
			@RequestParam(required = false) String q, @RequestParam(required = false) String after,
			@RequestParam(defaultValue = "25") int size, @AuthenticationPrincipal CurrentUser user) {
		CaseQueries.CaseFilter filter = new CaseQueries.CaseFilter(mine, step, status, group, Text.blankToNull(country),
				team, overdue)
			.on(this.calendar.today())
			.searching(Text.blankToNull(q));
		return this.cases.page(user, filter, after, Math.max(1, Math.min(size, 100)));
	}

	@GetMapping("/{id}")
	ResponseEntity<CaseView> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		CaseView view = this.cases.get(id, user);
		this.readLog.record(ReadAction.OPENED, "NegotiationCase", Long.toString(id), id, view.teamId());
		return withETag(view);
	}

	/**
	 * Opens a case at conflict analysis. Without a team, the caller's only team (if they
	 * work in just one).
	 */
	@PostMapping
	ResponseEntity<CaseView> open(@Valid @RequestBody CaseForm form, @AuthenticationPrincipal CurrentUser user) {
		List<ParleyUser.TeamRef> teams = this.cases.openingTeams(user);
		if (teams.isEmpty()) {
			throw new AccessDeniedException("Only field officers open cases");
		}
		CaseForm opening = (form.teamId() == null && teams.size() == 1) ? new CaseForm(teams.get(0).id(), form.title(),
				form.country(), form.region(), form.locality(), form.groupIds(), form.objectiveType(), form.priority(),
				form.leadNegotiator(), form.classification(), form.namedReviewerIds()) : form;
		long id = this.opened.open(opening, user);
		CaseView view = this.cases.get(id, user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id)).eTag(Long.toString(view.version())).body(view);
	}

	/** Describes the case again (its team does not change). */
	@PutMapping("/{id}")
	ResponseEntity<CaseView> describe(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody CaseForm form, @AuthenticationPrincipal CurrentUser user) {
		this.opened.describe(id, ETags.version(ifMatch), form, user);
		return withETag(this.cases.get(id, user));
	}

	// ---- Decisions to engage -------------------------------------------------------

	/** The case's requests to engage and HQ's decisions, newest first. */
	@GetMapping("/{id}/decisions")
	List<DecisionView> decisions(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.cases.decisions(id, user);
	}

	@GetMapping("/{id}/decisions/{decisionId}")
	ResponseEntity<DecisionView> decision(@PathVariable long id, @PathVariable long decisionId,
			@AuthenticationPrincipal CurrentUser user) {
		return withETag(decisionOf(id, decisionId, user));
	}

	/**
	 * Asks HQ for the decision to engage (If-Match: the case's version), once the
	 * internal-decision questions are answered.
	 */
	@PostMapping("/{id}/decisions")
	ResponseEntity<DecisionView> requestDecision(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody DecisionRequest request, @AuthenticationPrincipal CurrentUser user) {
		long decisionId = this.workflow.requestDecision(id, ETags.version(ifMatch), request, user);
		DecisionView view = decisionOf(id, decisionId, user);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/decisions/" + decisionId))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	/**
	 * An HQ reviewer of the team, who did not ask, approves, rejects or returns a request
	 * (If-Match: the request's version). Approval moves the case to the engagement
	 * modality.
	 */
	@PostMapping("/{id}/decisions/{decisionId}")
	ResponseEntity<DecisionView> decide(@PathVariable long id, @PathVariable long decisionId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody Decision decision,
			@AuthenticationPrincipal CurrentUser user) {
		this.workflow.decide(id, decisionId, ETags.version(ifMatch), decision.outcome(), decision.reason(),
				Boolean.TRUE.equals(decision.assessmentsRead()), user);
		return withETag(decisionOf(id, decisionId, user));
	}

	// ---- Moves between steps -------------------------------------------------------

	/** The case's moves between steps, newest first. */
	@GetMapping("/{id}/transitions")
	List<TransitionView> transitions(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.cases.timeline(id, user);
	}

	/**
	 * Sends the case back to an earlier step, with the reason on the record (If-Match:
	 * the case's version).
	 */
	@PostMapping("/{id}/transitions")
	ResponseEntity<CaseView> goBack(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody Back back, @AuthenticationPrincipal CurrentUser user) {
		this.workflow.goBack(id, ETags.version(ifMatch), back.toStep(), back.reason(), user);
		return withETag(this.cases.get(id, user));
	}

	private DecisionView decisionOf(long id, long decisionId, CurrentUser user) {
		return this.cases.decisions(id, user)
			.stream()
			.filter((d) -> d.id() == decisionId)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(id));
	}

	private static ResponseEntity<CaseView> withETag(CaseView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	private static ResponseEntity<DecisionView> withETag(DecisionView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	/**
	 * HQ's decision on a request to engage.
	 *
	 * @param outcome APPROVED, REJECTED or RETURNED
	 * @param reason required to reject or return; kept on the record
	 */
	public record Decision(@NotNull(message = "{negotiation.decision.choose}") DecisionStatus outcome,
			@Size(max = 10000, message = "{validation.too-long}") String reason, Boolean assessmentsRead) {
	}

	/**
	 * A move back to an earlier step.
	 *
	 * @param toStep the step to go back to
	 * @param reason why (required; kept on the timeline)
	 */
	public record Back(MethodStep toStep, @Size(max = 10000, message = "{validation.too-long}") String reason) {
	}

}
