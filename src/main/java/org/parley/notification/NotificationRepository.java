package org.parley.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	boolean existsByRecipientIdAndDedupeKey(long recipientId, String dedupeKey);

	/**
	 * One keyset page of a recipient's notifications, newest first, without those done if
	 * asked.
	 */
	@Query("""
			select n from Notification n
			where n.recipientId = :recipientId and n.id < :beforeId
			  and (:withDone = true or n.doneAt is null)
			order by n.id desc""")
	List<Notification> page(long recipientId, long beforeId, boolean withDone, Limit limit);

	/**
	 * Marks done every notification about a subject that is not yet. It runs inside the
	 * transaction of the decision, so it leaves that transaction's entities attached.
	 */
	@Modifying
	@Query("update Notification n set n.doneAt = :now where n.subject = :subject and n.doneAt is null")
	int markDone(String subject, Instant now);

	@Query("select count(n) from Notification n where n.recipientId = :recipientId and n.readAt is null")
	long countUnread(long recipientId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
	int readAll(long recipientId, Instant now);

}
