package org.parley.agreement.internal;

import org.parley.shared.NotFoundException;

/**
 * No such agreement (or check, or review of one), or not one the reader may see: both
 * answer the same.
 */
public class AgreementNotFoundException extends NotFoundException {

	public AgreementNotFoundException(long id) {
		super("No agreement " + id + " visible to this user");
	}

}
