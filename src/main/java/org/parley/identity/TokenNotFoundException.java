package org.parley.identity;

import org.parley.shared.NotFoundException;

class TokenNotFoundException extends NotFoundException {

	TokenNotFoundException(long id) {
		super("No access token " + id);
	}

}
