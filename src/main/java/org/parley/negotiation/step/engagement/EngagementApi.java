package org.parley.negotiation.step.engagement;

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
 * Step 5 through the JSON API. If-Match carries the sheet's version; a sheet never saved
 * has none.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/engagement")
class EngagementApi {

	private final EngagementPlans plans;

	private final CaseAccess access;

	EngagementApi(EngagementPlans plans, CaseAccess access) {
		this.plans = plans;
		this.access = access;
	}

	@GetMapping
	ResponseEntity<Sheet<EngagementForm>> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return Sheet.withETag(this.plans.of(this.access.toRead(id, user)));
	}

	@PutMapping
	ResponseEntity<Sheet<EngagementForm>> save(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody EngagementForm form,
			@AuthenticationPrincipal CurrentUser user) {
		Long version = ETags.versionOrNew(ifMatch, this.plans.of(this.access.toRead(id, user)).version());
		this.plans.save(id, version, form, user);
		return Sheet.withETag(this.plans.of(this.access.toRead(id, user)));
	}

}
