package org.parley.notification;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

	boolean existsByRecipientIdAndDedupeKey(long recipientId, String dedupeKey);

	/** One keyset page of a recipient's notifications, newest first. */
	@Query("""
			select n from Notification n
			where n.recipientId = :recipientId and n.id < :beforeId
			order by n.id desc""")
	List<Notification> page(long recipientId, long beforeId, Limit limit);

	@Query("select count(n) from Notification n where n.recipientId = :recipientId and n.readAt is null")
	long countUnread(long recipientId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.readAt = :now where n.recipientId = :recipientId and n.readAt is null")
	int readAll(long recipientId, Instant now);

}
