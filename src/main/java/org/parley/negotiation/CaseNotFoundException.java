package org.parley.negotiation;

import org.parley.shared.NotFoundException;

/**
 * No such case, or not one the reader may see: both answer the same.
 */
class CaseNotFoundException extends NotFoundException {

	CaseNotFoundException(long id) {
		super("No case " + id + " visible to this user");
	}

}
