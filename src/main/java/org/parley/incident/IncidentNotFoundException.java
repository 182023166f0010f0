package org.parley.incident;

import org.parley.shared.NotFoundException;

/** No such incident, or one of a team the reader is not in. */
class IncidentNotFoundException extends NotFoundException {

	IncidentNotFoundException(long id) {
		super("Incident " + id + " not found");
	}

}
