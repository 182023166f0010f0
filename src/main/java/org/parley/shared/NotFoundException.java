package org.parley.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Base of every module's "no such record" exception. Mapped to 404: a record the user may
 * not see answers exactly like a record that does not exist, so need-to-know never leaks
 * existence.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public abstract class NotFoundException extends RuntimeException {

	protected NotFoundException(String message) {
		super(message);
	}

}
