package org.parley.incident;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.protection.ClassificationChange;
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
 * Security incidents through the JSON API, with the pages' rules: the teams' need-to-know
 * (404), roles (403), the links' rules (422), and If-Match on every change (428 without
 * it, 409 when stale).
 */
@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidents", description = "Security incidents affecting staff, patients, facilities, transport or aid")
class IncidentApi {

	static final int MAX_PAGE = 100;

	private final Incidents incidents;

	private final ReadLog readLog;

	IncidentApi(Incidents incidents, ReadLog readLog) {
		this.readLog = readLog;
		this.incidents = incidents;
	}

	@GetMapping
	@Operation(summary = "Incidents of the caller's teams, the most recent first",
			description = "Keyset pagination: pass the page's nextCursor as cursor to read the next page.")
	KeysetPage<IncidentView> list(@RequestParam(required = false) IncidentType type,
			@RequestParam(required = false) @Parameter(description = "attributed to this group") Long groupId,
			@RequestParam(required = false) Certainty certainty, @RequestParam(required = false) Long caseId,
			@RequestParam(required = false) Long agreementId, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "25") int size, @AuthenticationPrincipal CurrentUser user) {
		return this.incidents.page(new IncidentFilter(type, groupId, certainty, caseId, agreementId), cursor,
				Math.max(1, Math.min(size, MAX_PAGE)), user);
	}

	@PostMapping
	@Operation(summary = "Records an incident (field officers of the team)",
			description = "Without sharedFields, the defaults are shared: type, affected, date, country, region, "
					+ "perpetrator, people affected and certainty.")
	@ApiResponse(responseCode = "201", description = "Recorded; Location and ETag of the new incident")
	ResponseEntity<IncidentView> create(@Valid @RequestBody IncidentForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.incidents.record(form, user);
		IncidentView incident = this.incidents.get(id, user);
		return ResponseEntity.created(URI.create("/api/v1/incidents/" + id))
			.eTag(Long.toString(incident.version()))
			.body(incident);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One incident, confidential fields included, with its ETag")
	ResponseEntity<IncidentView> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		IncidentView incident = this.incidents.get(id, user);
		this.readLog.record(ReadAction.OPENED, "Incident", Long.toString(id), incident.caseId(), incident.teamId());
		return ResponseEntity.ok().eTag(Long.toString(incident.version())).body(incident);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Corrects an incident (field officers and HQ reviewers of the team)",
			description = "If-Match is the incident's ETag: 428 without it, 409 when someone else changed it.")
	ResponseEntity<IncidentView> update(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody IncidentForm form, @AuthenticationPrincipal CurrentUser user) {
		this.incidents.update(id, ETags.version(ifMatch), form, user);
		IncidentView incident = this.incidents.get(id, user);
		return ResponseEntity.ok().eTag(Long.toString(incident.version())).body(incident);
	}

	@PostMapping("/{id}/classification")
	@Operation(summary = "Changes the incident's level (HQ reviewers of the team who may read it), with a reason",
			description = "If-Match is the incident's ETag: 428 without it, 409 when someone else changed it. "
					+ "Raising it to strictly confidential names the reviewer on it; its sealed fields move to the "
					+ "key of the new level.")
	ResponseEntity<IncidentView> classify(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody ClassificationChange change, @AuthenticationPrincipal CurrentUser user) {
		this.incidents.classify(id, ETags.version(ifMatch), change.classification(), change.reason(), user);
		IncidentView incident = this.incidents.get(id, user);
		return ResponseEntity.ok().eTag(Long.toString(incident.version())).body(incident);
	}

	@GetMapping("/{id}/shareable")
	@Operation(summary = "What of the incident may be sent to other agencies",
			description = "Only the fields the team marked shareable; never the links, the team or who reported it.")
	ShareableSummary shareable(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.incidents.shareable(id, user);
	}

}
