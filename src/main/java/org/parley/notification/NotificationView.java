package org.parley.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification as its recipient reads it.
 *
 * @param id the notification
 * @param kind what it is about
 * @param messageKey the key of its text in the message bundles
 * @param messageArgs the arguments of that text
 * @param link where it leads, relative to Parley's address
 * @param createdAt when it was sent
 * @param readAt when its recipient opened it, or null while unread
 * @param doneAt when what it announced was decided, answered or recorded, or null
 */
public record NotificationView(long id, NotificationKind kind, String messageKey, List<String> messageArgs, String link,
		Instant createdAt, Instant readAt, Instant doneAt) {

	public boolean unread() {
		return this.readAt == null;
	}

	public boolean done() {
		return this.doneAt != null;
	}

	/** The key of the word that says how it was done: decided, answered or recorded. */
	public String doneKey() {
		return "notification.done." + switch (this.kind) {
			case DECISION_REQUESTED, CLOSURE_REQUESTED, AGREEMENT_SUBMITTED -> "decided";
			case CHECK_DUE, CHECK_OVERDUE, REVIEW_DUE, REVIEW_OVERDUE -> "recorded";
			default -> "answered";
		};
	}

}
