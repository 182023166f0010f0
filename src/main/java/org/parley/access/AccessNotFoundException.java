package org.parley.access;

import org.parley.shared.NotFoundException;

/** An access constraint or severity that does not exist, or not for this reader. */
class AccessNotFoundException extends NotFoundException {

	AccessNotFoundException(long id) {
		super("Access record " + id + " not found");
	}

}
