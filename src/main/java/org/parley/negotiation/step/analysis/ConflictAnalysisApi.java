package org.parley.negotiation.step.analysis;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.step.Sheet;
import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.ETags;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Step 1 through the JSON API. If-Match carries the sheet's version; a sheet never saved
 * has none, and If-Match may be left out only then.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/conflict-analysis")
class ConflictAnalysisApi {

	private final ConflictAnalyses analyses;

	private final CaseAccess access;

	ConflictAnalysisApi(ConflictAnalyses analyses, CaseAccess access) {
		this.analyses = analyses;
		this.access = access;
	}

	@GetMapping
	ResponseEntity<Sheet<ConflictAnalysisForm>> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return Sheet.withETag(this.analyses.of(this.access.toRead(id, user)));
	}

	@PutMapping
	ResponseEntity<Sheet<ConflictAnalysisForm>> save(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch,
			@Valid @RequestBody ConflictAnalysisForm form, @AuthenticationPrincipal CurrentUser user) {
		Long version = ETags.versionOrNew(ifMatch, this.analyses.of(this.access.toRead(id, user)).version());
		this.analyses.save(id, version, form, user);
		return Sheet.withETag(this.analyses.of(this.access.toRead(id, user)));
	}

}
