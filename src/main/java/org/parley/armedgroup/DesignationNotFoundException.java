package org.parley.armedgroup;

import org.parley.shared.NotFoundException;

class DesignationNotFoundException extends NotFoundException {

	DesignationNotFoundException(long id) {
		super("No designation " + id + " of this group");
	}

}
