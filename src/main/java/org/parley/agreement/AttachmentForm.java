package org.parley.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a field officer says of a file they attach to an agreement. */
public record AttachmentForm(@NotNull(message = "{validation.required}") AttachmentKind kind,
		@Size(max = 300, message = "{validation.too-long}") String caption) {

	static AttachmentForm empty() {
		return new AttachmentForm(AttachmentKind.SIGNED_SCAN, null);
	}

}
