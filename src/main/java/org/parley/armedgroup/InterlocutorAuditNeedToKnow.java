package org.parley.armedgroup;

import org.parley.audit.AuditNeedToKnow;
import org.parley.shared.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Interlocutors are need-to-know (decision 0006): in the audit log, an auditor or an
 * administrator sees who changed or revealed an interlocutor and when, never what the
 * notes said.
 */
@Component
class InterlocutorAuditNeedToKnow implements AuditNeedToKnow {

	@Override
	public boolean mayReadValues(String entityType, Long teamId, CurrentUser reader) {
		return !"Interlocutor".equals(entityType)
				|| (teamId != null && RegistryPermissions.canSeeInterlocutorsOf(reader, teamId));
	}

}
