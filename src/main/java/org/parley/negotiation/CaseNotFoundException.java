package org.parley.negotiation;

import org.parley.shared.NotFoundException;

/**
 * No such case, or not one the reader may see: both answer the same.
 */
public class CaseNotFoundException extends NotFoundException {

	public CaseNotFoundException(long id) {
		super("No case " + id + " visible to this user");
	}

}
