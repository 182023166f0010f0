package org.parley.identity;

import org.parley.shared.NotFoundException;

class GrantNotFoundException extends NotFoundException {

	GrantNotFoundException(long id) {
		super("No access grant " + id);
	}

}
