package org.parley.armedgroup;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import org.parley.protection.ClassificationChange;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.ReadOnlySafe;
import org.parley.shared.web.ETags;

import org.springframework.http.CacheControl;
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
 * Interlocutors through the API, under the same need-to-know as the pages: another team's
 * interlocutor answers 404. Real names and contact details come only from the audited
 * reveal.
 */
@RestController
@RequestMapping("/api/v1/interlocutors")
class InterlocutorApi {

	private final InterlocutorRegistry registry;

	InterlocutorApi(InterlocutorRegistry registry) {
		this.registry = registry;
	}

	@GetMapping
	KeysetPage<InterlocutorView> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long group, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "25") int size, @AuthenticationPrincipal CurrentUser user) {
		return this.registry.page(user, q, group, cursor, Math.max(1, Math.min(size, 100)));
	}

	@GetMapping("/{id}")
	ResponseEntity<InterlocutorView> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		InterlocutorView view = this.registry.details(id, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	@PostMapping
	ResponseEntity<InterlocutorView> create(@Valid @RequestBody InterlocutorForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.registry.record(form, user);
		InterlocutorView view = this.registry.details(id, user);
		return ResponseEntity.created(URI.create("/api/v1/interlocutors/" + id))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PutMapping("/{id}")
	ResponseEntity<InterlocutorView> update(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody InterlocutorForm form, @AuthenticationPrincipal CurrentUser user) {
		this.registry.update(id, ETags.version(ifMatch), form, user);
		InterlocutorView view = this.registry.details(id, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	/**
	 * Changes the level (decision 0022): HQ reviewers of the team who may read the
	 * record, with a reason, at the version in {@code If-Match}.
	 */
	@PostMapping("/{id}/classification")
	ResponseEntity<InterlocutorView> classify(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody ClassificationChange change, @AuthenticationPrincipal CurrentUser user) {
		this.registry.classify(id, ETags.version(ifMatch), change.classification(), change.reason(), user);
		InterlocutorView view = this.registry.details(id, user);
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

	/**
	 * The real name and contact details; written to the audit log before they are sent.
	 */
	@ReadOnlySafe("Shows a protected value and records that it did; changes nothing")
	@PostMapping("/{id}/reveal")
	ResponseEntity<InterlocutorRegistry.Revealed> reveal(@PathVariable long id,
			@RequestBody(required = false) Map<String, String> body, @AuthenticationPrincipal CurrentUser user) {
		String reason = (body != null) ? body.get("reason") : null;
		if (reason != null && reason.length() > 500) {
			reason = reason.substring(0, 500);
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(this.registry.reveal(id, reason, user));
	}

}
