package org.parley.armedgroup;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.web.ETags;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The registry's JSON API: the same rules and validation as the pages. Updates need the
 * ETag of the version read, in If-Match, so that nobody's change is overwritten silently.
 */
@RestController
@RequestMapping("/api/v1/armed-groups")
class ArmedGroupApi {

	private final ArmedGroupRegistry registry;

	private final ArmedGroupQueries queries;

	private final ArmedGroupDesignations designations;

	ArmedGroupApi(ArmedGroupRegistry registry, ArmedGroupQueries queries, ArmedGroupDesignations designations) {
		this.registry = registry;
		this.queries = queries;
		this.designations = designations;
	}

	/**
	 * Groups matching the filters, by name or by last update, one keyset page at a time.
	 */
	@GetMapping
	KeysetPage<GroupSummary> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) String category,
			@RequestParam(required = false) String tactic, @RequestParam(required = false) Stance stance,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "25") int size) {
		return this.queries.search(new GroupSearch(q, country, category, tactic, stance, sort), cursor,
				Math.max(1, Math.min(size, 100)));
	}

	@GetMapping("/{id}")
	ResponseEntity<GroupDetails> get(@PathVariable long id) {
		GroupDetails group = this.queries.details(id);
		return ResponseEntity.ok().eTag(Long.toString(group.version())).body(group);
	}

	@PostMapping
	ResponseEntity<Saved> create(@Valid @RequestBody GroupProfile profile, @AuthenticationPrincipal CurrentUser user) {
		List<ArmedGroupRegistry.Warning> warnings = this.registry.warnings(null, profile);
		long id = this.registry.register(profile, user);
		GroupDetails group = this.queries.details(id);
		return ResponseEntity.created(URI.create("/api/v1/armed-groups/" + id))
			.eTag(Long.toString(group.version()))
			.body(new Saved(group, warnings));
	}

	/** Replaces the profile; labels and presence too when they are given. */
	@PutMapping("/{id}")
	ResponseEntity<Saved> update(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody GroupProfile profile, @AuthenticationPrincipal CurrentUser user) {
		List<ArmedGroupRegistry.Warning> warnings = this.registry.warnings(id, profile);
		this.registry.update(id, ETags.version(ifMatch), profile, user);
		GroupDetails group = this.queries.details(id);
		return ResponseEntity.ok().eTag(Long.toString(group.version())).body(new Saved(group, warnings));
	}

	/**
	 * Adds a relation to another group, recorded on this one (like the page's row edits).
	 */
	@PostMapping("/{id}/relations")
	ResponseEntity<GroupDetails> addRelation(@PathVariable long id,
			@Valid @RequestBody ArmedGroupRegistry.RelationInput relation, @AuthenticationPrincipal CurrentUser user) {
		this.registry.addRelation(id, relation, user);
		GroupDetails group = this.queries.details(id);
		return ResponseEntity.ok().eTag(Long.toString(group.version())).body(group);
	}

	/**
	 * Adds a humanitarian commitment the group made. Documents are attached on the page
	 * (multipart upload), not through the JSON API.
	 */
	@PostMapping("/{id}/commitments")
	ResponseEntity<GroupDetails> addCommitment(@PathVariable long id,
			@Valid @RequestBody ArmedGroupRegistry.CommitmentInput commitment,
			@AuthenticationPrincipal CurrentUser user) {
		this.registry.addCommitment(id, commitment, null, user);
		GroupDetails group = this.queries.details(id);
		return ResponseEntity.ok().eTag(Long.toString(group.version())).body(group);
	}

	/** The group's designations, the latest listing first, lifted ones included. */
	@GetMapping("/{id}/designations")
	List<DesignationView> designations(@PathVariable long id) {
		return this.designations.of(id);
	}

	@GetMapping("/{id}/designations/{designationId}")
	ResponseEntity<DesignationView> designation(@PathVariable long id, @PathVariable long designationId) {
		DesignationView designation = this.designations.get(id, designationId);
		return ResponseEntity.ok().eTag(Long.toString(designation.version())).body(designation);
	}

	/** Records a designation (HQ reviewers and administrators, decision 0024). */
	@PostMapping("/{id}/designations")
	@PreAuthorize("hasAnyRole('HQ_REVIEWER', 'ADMIN')")
	ResponseEntity<DesignationView> addDesignation(@PathVariable long id, @Valid @RequestBody DesignationInput input,
			@AuthenticationPrincipal CurrentUser user) {
		long designationId = this.designations.add(id, input, user);
		DesignationView designation = this.designations.get(id, designationId);
		return ResponseEntity.created(URI.create("/api/v1/armed-groups/" + id + "/designations/" + designationId))
			.eTag(Long.toString(designation.version()))
			.body(designation);
	}

	/**
	 * Corrects a designation, or lifts it (a lifted-on day), over the version in
	 * If-Match.
	 */
	@PutMapping("/{id}/designations/{designationId}")
	@PreAuthorize("hasAnyRole('HQ_REVIEWER', 'ADMIN')")
	ResponseEntity<DesignationView> correctDesignation(@PathVariable long id, @PathVariable long designationId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody DesignationInput input,
			@AuthenticationPrincipal CurrentUser user) {
		this.designations.correct(id, designationId, ETags.version(ifMatch), input, user);
		DesignationView designation = this.designations.get(id, designationId);
		return ResponseEntity.ok().eTag(Long.toString(designation.version())).body(designation);
	}

	/** The saved group, and what deserved a second look (saved anyway). */
	record Saved(GroupDetails group, List<ArmedGroupRegistry.Warning> warnings) {
	}

}
