package org.parley.notification;

import java.util.List;

import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditedType;

import org.springframework.stereotype.Component;

/**
 * The words of notifications in the audit log: who was told what; the message's key,
 * arguments and link are the machinery of the inbox, not history.
 */
@Component
class NotificationVocabulary implements AuditVocabulary {

	@Override
	public List<AuditedType> types() {
		return List.of(AuditedType.of(Notification.class, "history.type.Notification")
			.labels("audit.field.Notification.", "audit.field.")
			.choices(NotificationKind.class, "notification.kind.")
			.reference("recipientId", "UserAccount")
			.reference("teamId", "Team")
			.hide("messageKey", "messageArgs", "link", "dedupeKey"));
	}

}
