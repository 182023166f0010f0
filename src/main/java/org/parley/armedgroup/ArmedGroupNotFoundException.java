package org.parley.armedgroup;

import org.parley.shared.NotFoundException;

class ArmedGroupNotFoundException extends NotFoundException {

	ArmedGroupNotFoundException(long id) {
		super("No armed group " + id);
	}

}
