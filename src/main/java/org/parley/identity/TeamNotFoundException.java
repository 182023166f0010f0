package org.parley.identity;

import org.parley.shared.NotFoundException;

class TeamNotFoundException extends NotFoundException {

	TeamNotFoundException(long id) {
		super("No team " + id);
	}

}
