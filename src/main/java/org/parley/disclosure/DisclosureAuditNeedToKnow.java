package org.parley.disclosure;

import org.parley.audit.AuditNeedToKnow;
import org.parley.shared.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * What was asked, assessed and disclosed is for the team (its field officers, HQ
 * reviewers and auditors): in the audit log an administrator sees who changed a request
 * and when, never what it says.
 */
@Component
class DisclosureAuditNeedToKnow implements AuditNeedToKnow {

	@Override
	public boolean mayReadValues(String entityType, Long teamId, CurrentUser reader) {
		return !"DisclosureRequest".equals(entityType)
				|| (teamId != null && DisclosurePermissions.canSee(reader, teamId));
	}

}
