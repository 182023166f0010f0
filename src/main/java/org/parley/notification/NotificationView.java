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
 */
public record NotificationView(long id, NotificationKind kind, String messageKey, List<String> messageArgs, String link,
		Instant createdAt, Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
