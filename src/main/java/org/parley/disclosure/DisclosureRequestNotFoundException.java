package org.parley.disclosure;

import org.parley.shared.NotFoundException;

/** No such disclosure request, or one of a team the reader is not in. */
class DisclosureRequestNotFoundException extends NotFoundException {

	DisclosureRequestNotFoundException(long id) {
		super("Disclosure request " + id + " not found");
	}

}
