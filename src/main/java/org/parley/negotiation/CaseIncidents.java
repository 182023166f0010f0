package org.parley.negotiation;

import org.parley.shared.CurrentUser;

/**
 * How many security incidents are recorded against a case, for its page: implemented by
 * the incident module, which depends on cases and not the other way round.
 */
public interface CaseIncidents {

	long countOfCase(long caseId, CurrentUser viewer);

}
