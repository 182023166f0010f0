package org.parley.document;

import org.parley.shared.NotFoundException;

class DocumentNotFoundException extends NotFoundException {

	DocumentNotFoundException(long id) {
		super("No document " + id);
	}

}
