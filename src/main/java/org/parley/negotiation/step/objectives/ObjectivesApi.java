package org.parley.negotiation.step.objectives;

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
 * Step 3 through the JSON API: the objectives, the case's own red lines and the
 * alternative (the organisation's red lines always stay; see the step's
 * {@code redLines}). If-Match carries the sheet's version; a sheet never saved has none.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/objectives")
class ObjectivesApi {

	private final Objectives objectives;

	private final CaseAccess access;

	ObjectivesApi(Objectives objectives, CaseAccess access) {
		this.objectives = objectives;
		this.access = access;
	}

	@GetMapping
	ResponseEntity<Sheet<ObjectivesForm>> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return Sheet.withETag(this.objectives.of(this.access.toRead(id, user)));
	}

	@PutMapping
	ResponseEntity<Sheet<ObjectivesForm>> save(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @Valid @RequestBody ObjectivesForm form,
			@AuthenticationPrincipal CurrentUser user) {
		Long version = ETags.versionOrNew(ifMatch, this.objectives.of(this.access.toRead(id, user)).version());
		this.objectives.save(id, version, form, user);
		return Sheet.withETag(this.objectives.of(this.access.toRead(id, user)));
	}

}
