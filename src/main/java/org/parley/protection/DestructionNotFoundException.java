package org.parley.protection;

import org.parley.shared.NotFoundException;

class DestructionNotFoundException extends NotFoundException {

	DestructionNotFoundException(long id) {
		super("No emergency destruction " + id);
	}

}
