package org.parley.agreement;

import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;
import org.parley.shared.NotFoundException;

/**
 * The case an agreement belongs to, read under the case's need-to-know: a case the reader
 * may not see makes its agreement (and its checks and scores) not found as well.
 */
final class AgreementCases {

	private AgreementCases() {
	}

	static CaseView visible(CaseQueries cases, long caseId, long agreementId, CurrentUser user) {
		try {
			return cases.get(caseId, user);
		}
		catch (NotFoundException hidden) {
			throw new AgreementNotFoundException(agreementId);
		}
	}

}
