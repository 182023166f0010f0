package org.parley.notification;

import java.time.Clock;
import java.util.List;

import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetCursor;
import org.parley.shared.KeysetPage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's notifications: delivered in the transaction of what caused them, read only
 * by their recipient (anyone else is told there is no such notification).
 */
@Service
public class Inbox {

	private final NotificationRepository notifications;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Inbox(NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
		this.notifications = notifications;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts a notification in a recipient's inbox, unless one with the same dedupe key is
	 * already there.
	 * @return true if delivered, false if it was a duplicate
	 */
	@Transactional
	boolean deliver(Recipient recipient, Long teamId, NotificationKind kind, List<String> args, String link,
			String dedupeKey) {
		return deliver(recipient, teamId, kind, args, link, dedupeKey, null);
	}

	/**
	 * The same for a notification about something that waits: it is marked done once
	 * {@link #done(String)} is told of its subject.
	 */
	@Transactional
	boolean deliver(Recipient recipient, Long teamId, NotificationKind kind, List<String> args, String link,
			String dedupeKey, String subject) {
		if (dedupeKey != null && this.notifications.existsByRecipientIdAndDedupeKey(recipient.id(), dedupeKey)) {
			return false;
		}
		this.notifications.save(new Notification(recipient.id(), teamId, kind, messageKey(kind), args, link, dedupeKey,
				subject, this.clock.instant()));
		this.events.publishEvent(new NotificationDelivered(recipient, kind));
		return true;
	}

	static String messageKey(NotificationKind kind) {
		return "notification.message." + kind.name();
	}

	/**
	 * What waited under a subject was decided, answered or recorded: its notifications
	 * are done, for every recipient.
	 */
	@Transactional
	int done(String subject) {
		return this.notifications.markDone(subject, this.clock.instant());
	}

	/** The user's notifications, newest first. */
	@Transactional(readOnly = true)
	public KeysetPage<NotificationView> page(CurrentUser user, String cursor, int size) {
		return page(user, cursor, size, true);
	}

	/** The user's notifications, newest first, without those done unless asked. */
	@Transactional(readOnly = true)
	public KeysetPage<NotificationView> page(CurrentUser user, String cursor, int size, boolean withDone) {
		KeysetCursor after = KeysetCursor.decode(cursor);
		List<NotificationView> rows = this.notifications
			.page(user.id(), (after == null) ? Long.MAX_VALUE : after.id(), withDone, Limit.of(size + 1))
			.stream()
			.map(Notification::view)
			.toList();
		return KeysetPage.of(rows, size, (row) -> new KeysetCursor("", row.id()).encode());
	}

	/** How many of the user's notifications are unread: for the header of every page. */
	@Transactional(readOnly = true)
	public long unread(CurrentUser user) {
		return this.notifications.countUnread(user.id());
	}

	/**
	 * Marks one of the user's notifications read.
	 * @return where it leads
	 */
	@Transactional
	public String open(long id, CurrentUser user) {
		Notification notification = this.notifications.findById(id)
			.filter((n) -> n.isFor(user.id()))
			.orElseThrow(() -> new NotificationNotFoundException(id));
		notification.read(this.clock.instant());
		return notification.getLink();
	}

	/** Marks all the user's notifications read. */
	@Transactional
	public int readAll(CurrentUser user) {
		return this.notifications.readAll(user.id(), this.clock.instant());
	}

	/**
	 * Someone to notify.
	 *
	 * @param id their account
	 * @param email where e-mail goes, or null
	 * @param language the language they read, or null
	 */
	record Recipient(long id, String email, String language) {
	}

}
