package org.parley.agreement.transfer;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.agreement.TransferRefusal;

/**
 * An HQ reviewer's answer on a pending transfer: approved, or refused for a reason, with
 * a comment (required with a refusal).
 */
public record TransferReview(@NotNull(message = "{validation.required}") Boolean approve, TransferRefusal refusal,
		@Size(max = 5000, message = "{validation.too-long}") String comment) {
}
