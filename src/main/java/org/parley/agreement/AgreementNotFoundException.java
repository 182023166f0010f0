package org.parley.agreement;

import org.parley.shared.NotFoundException;

/** No such agreement, or not one the reader may see: both answer the same. */
class AgreementNotFoundException extends NotFoundException {

	AgreementNotFoundException(long id) {
		super("No agreement " + id + " visible to this user");
	}

}
