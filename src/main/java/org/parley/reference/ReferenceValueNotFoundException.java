package org.parley.reference;

import org.parley.shared.NotFoundException;

class ReferenceValueNotFoundException extends NotFoundException {

	ReferenceValueNotFoundException(long id) {
		super("No reference value " + id);
	}

}
