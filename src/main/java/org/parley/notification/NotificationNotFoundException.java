package org.parley.notification;

import org.parley.shared.NotFoundException;

/** No such notification, or someone else's: both answer the same. */
class NotificationNotFoundException extends NotFoundException {

	NotificationNotFoundException(long id) {
		super("No notification " + id + " for this user");
	}

}
