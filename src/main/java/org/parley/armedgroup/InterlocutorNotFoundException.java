package org.parley.armedgroup;

import org.parley.shared.NotFoundException;

/**
 * No such interlocutor, or not one the reader's team recorded: both answer the same.
 */
class InterlocutorNotFoundException extends NotFoundException {

	InterlocutorNotFoundException(long id) {
		super("No interlocutor " + id + " visible to this user");
	}

}
