package org.parley.negotiation.step;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseWorkflow;
import org.parley.negotiation.MethodStep;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.ETags;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The note that completes the agreement or follow-up step ({@code agreement},
 * {@code follow-up}) through the JSON API; If-Match: the case's version.
 */
@RestController
class NoteApi {

	private final CaseNotes notes;

	private final CaseAccess access;

	NoteApi(CaseNotes notes, CaseAccess access) {
		this.notes = notes;
		this.access = access;
	}

	@PutMapping("/api/v1/cases/{id}/notes/{slug}")
	ResponseEntity<Note> save(@PathVariable long id, @PathVariable String slug,
			@RequestHeader("If-Match") String ifMatch, @Valid @RequestBody Note note,
			@AuthenticationPrincipal CurrentUser user) {
		this.access.toRead(id, user);
		MethodStep step = StepPages.step(id, slug);
		this.notes.save(id, ETags.version(ifMatch), step, note.note(), user);
		var grant = this.access.toRead(id, user);
		return ResponseEntity.ok().eTag(Long.toString(grant.version())).body(new Note(this.notes.of(grant, step)));
	}

	/** The note of the agreement or follow-up step. */
	record Note(@Size(max = CaseWorkflow.MAX_ANSWER, message = "{validation.too-long}") String note) {
	}

}
