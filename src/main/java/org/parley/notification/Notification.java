package org.parley.notification;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.parley.audit.AuditIgnored;
import org.parley.shared.TeamScoped;

/**
 * One notice for one person: a message key and its arguments (translated when read, in
 * the reader's language), and where it leads. Reading it is bookkeeping, not history: the
 * audit log records the notice, not when it was read.
 */
@Entity
@Table(name = "notification")
class Notification implements TeamScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recipient_id", nullable = false, updatable = false)
	private Long recipientId;

	@Column(name = "team_id", updatable = false)
	private Long teamId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private NotificationKind kind;

	@Column(name = "message_key", nullable = false, updatable = false)
	private String messageKey;

	@Convert(converter = MessageArgs.class)
	@Column(name = "message_args", nullable = false, updatable = false)
	private List<String> messageArgs;

	@Column(nullable = false, updatable = false)
	private String link;

	@Column(name = "dedupe_key", updatable = false)
	private String dedupeKey;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@AuditIgnored
	@Column(name = "read_at")
	private Instant readAt;

	/** What waits, if it is a task (a request to decide, a check to record), or null. */
	@Column(updatable = false)
	private String subject;

	/**
	 * When what it announced was decided, answered or recorded (by anyone): bookkeeping
	 * like {@code readAt}, the decision itself is audited where it was taken.
	 */
	@AuditIgnored
	@Column(name = "done_at")
	private Instant doneAt;

	@AuditIgnored
	@Version
	private long version;

	protected Notification() {
	}

	Notification(long recipientId, Long teamId, NotificationKind kind, String messageKey, List<String> messageArgs,
			String link, String dedupeKey, String subject, Instant createdAt) {
		if (!link.startsWith("/") || link.startsWith("//")) {
			throw new IllegalArgumentException("A notification links inside Parley: " + link);
		}
		this.recipientId = recipientId;
		this.teamId = teamId;
		this.kind = kind;
		this.messageKey = messageKey;
		this.messageArgs = List.copyOf(messageArgs);
		this.link = link;
		this.dedupeKey = dedupeKey;
		this.subject = subject;
		this.createdAt = createdAt;
	}

	/** Marks it read, once: the first reading is the one that counts. */
	void read(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	boolean isFor(long userId) {
		return this.recipientId == userId;
	}

	Long getId() {
		return this.id;
	}

	String getLink() {
		return this.link;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	NotificationView view() {
		return new NotificationView(this.id, this.kind, this.messageKey, this.messageArgs, this.link, this.createdAt,
				this.readAt, this.doneAt);
	}

}
