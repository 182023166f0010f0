package org.parley.agreement.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.agreement.AttachmentKind;

import org.springframework.web.multipart.MultipartFile;

/** A file a field officer attaches to an agreement, and what they say of it. */
public record AttachmentForm(@NotNull(message = "{validation.required}") AttachmentKind kind,
		@Size(max = 300, message = "{validation.too-long}") String caption, MultipartFile file) {

	static AttachmentForm empty() {
		return new AttachmentForm(AttachmentKind.SIGNED_SCAN, null, null);
	}

}
