package org.parley.negotiation.step.group;

import org.parley.negotiation.CaseAccess;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
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
 * Step 2 through the JSON API: the dated assessments of the case's groups. If-Match
 * carries the assessment's version.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/assessments")
class AssessmentApi {

	private final Assessments assessments;

	private final CaseAccess access;

	AssessmentApi(Assessments assessments, CaseAccess access) {
		this.assessments = assessments;
		this.access = access;
	}

	/** The case's dated assessments of its groups, newest first. */
	@GetMapping
	List<AssessmentView> list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.assessments.of(this.access.toRead(id, user));
	}

	/**
	 * A new assessment of one of the case's groups, pre-filled from its latest one or
	 * from the registry, to change and post.
	 */
	@GetMapping("/prefill")
	AssessmentForm prefill(@PathVariable long id, @RequestParam long groupId,
			@AuthenticationPrincipal CurrentUser user) {
		return this.assessments.prefill(this.access.toRead(id, user), groupId);
	}

	@GetMapping("/{assessmentId}")
	ResponseEntity<AssessmentView> get(@PathVariable long id, @PathVariable long assessmentId,
			@AuthenticationPrincipal CurrentUser user) {
		return withETag(this.assessments.one(this.access.toRead(id, user), assessmentId));
	}

	/** Records a new dated assessment of one of the case's groups. */
	@PostMapping
	ResponseEntity<AssessmentView> assess(@PathVariable long id, @RequestParam long groupId,
			@Valid @RequestBody AssessmentForm form, @AuthenticationPrincipal CurrentUser user) {
		long assessmentId = this.assessments.assess(id, groupId, form, user);
		AssessmentView view = this.assessments.one(this.access.toRead(id, user), assessmentId);
		return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/assessments/" + assessmentId))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PutMapping("/{assessmentId}")
	ResponseEntity<AssessmentView> update(@PathVariable long id, @PathVariable long assessmentId,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody AssessmentForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.assessments.update(id, assessmentId, ETags.version(ifMatch), form, user);
		return withETag(this.assessments.one(this.access.toRead(id, user), assessmentId));
	}

	private static ResponseEntity<AssessmentView> withETag(AssessmentView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

}
