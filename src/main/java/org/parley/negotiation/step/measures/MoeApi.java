package org.parley.negotiation.step.measures;

import org.parley.negotiation.CaseAccess;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.ETags;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case's measures of effectiveness through the JSON API, set with the objectives
 * (step 3). If-Match carries the measure's version.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/moes")
class MoeApi {

	private final Measures measures;

	private final CaseAccess access;

	MoeApi(Measures measures, CaseAccess access) {
		this.measures = measures;
		this.access = access;
	}

	@GetMapping
	List<MeasureOfEffectiveness.MoeView> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.measures.of(this.access.toRead(id, user));
	}

	@GetMapping("/{moeId}")
	ResponseEntity<MeasureOfEffectiveness.MoeView> get(@PathVariable long id, @PathVariable long moeId,
			@AuthenticationPrincipal CurrentUser user) {
		return withETag(this.measures.one(this.access.toRead(id, user), moeId));
	}

	@PostMapping
	ResponseEntity<MeasureOfEffectiveness.MoeView> add(@PathVariable long id, @Valid @RequestBody MoeForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long moeId = this.measures.add(id, form, user);
		MeasureOfEffectiveness.MoeView view = this.measures.one(this.access.toRead(id, user), moeId);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/moes/" + moeId))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PutMapping("/{moeId}")
	ResponseEntity<MeasureOfEffectiveness.MoeView> update(@PathVariable long id, @PathVariable long moeId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody MoeForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.measures.update(id, moeId, ETags.version(ifMatch), form, user);
		return withETag(this.measures.one(this.access.toRead(id, user), moeId));
	}

	@DeleteMapping("/{moeId}")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long moeId,
			@RequestHeader("If-Match") String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		this.measures.remove(id, moeId, ETags.version(ifMatch), user);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<MeasureOfEffectiveness.MoeView> withETag(MeasureOfEffectiveness.MoeView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

}
