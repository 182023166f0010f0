package org.parley.protection;

import org.parley.shared.NotFoundException;

class DataKeyNotFoundException extends NotFoundException {

	DataKeyNotFoundException(long id) {
		super("No data key " + id);
	}

}
