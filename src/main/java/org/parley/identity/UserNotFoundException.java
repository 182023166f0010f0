package org.parley.identity;

import org.parley.shared.NotFoundException;

class UserNotFoundException extends NotFoundException {

	UserNotFoundException(long id) {
		super("No user " + id);
	}

}
