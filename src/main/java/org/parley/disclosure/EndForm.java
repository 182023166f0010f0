package org.parley.disclosure;

import jakarta.validation.constraints.Size;

/**
 * Closing a decided request (the answer went out, as decided) or recording that the
 * requester withdrew it.
 *
 * @param note how the answer was sent, or why the request was withdrawn (required for a
 * withdrawal)
 */
public record EndForm(@Size(max = 5000, message = "{validation.too-long}") String note) {

}
