package org.parley.audit;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.parley.shared.Replay;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records events that are not entity writes (sign-ins, revealing a protected name,
 * exports). Entity creates, updates and deletes need no call here:
 * {@link AuditingEventListener} records them.
 */
@Service
public class AuditLog {

	private final JdbcTemplate jdbc;

	private final AuditWriter writer;

	private final EntityManager entityManager;

	private final AuditListenerRegistration listeners;

	AuditLog(DataSource dataSource, AuditWriter writer, EntityManager entityManager,
			AuditListenerRegistration listeners) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.writer = writer;
		this.entityManager = entityManager;
		this.listeners = listeners;
	}

	/**
	 * Appends one entry, in the caller's transaction if there is one, in a new one
	 * otherwise.
	 * @param actor who acted (a username, or {@link Actors#SYSTEM})
	 * @param action what happened
	 * @param entityType the kind of record concerned, or null
	 * @param entityId the record concerned, or null
	 * @param teamId the team the record belongs to, or null
	 * @param changes the fields that changed, possibly empty
	 * @param reason the reason given, or null (the transaction's {@link AuditReason}
	 * otherwise)
	 */
	@Transactional
	public void record(String actor, AuditAction action, String entityType, String entityId, Long teamId,
			Map<String, FieldChange> changes, String reason) {
		record(actor, action, entityType, entityId, teamId, null, changes, reason);
	}

	/**
	 * As {@link #record(String, AuditAction, String, String, Long, Map, String)}, for an
	 * event about a case (an export, a measure changed): the entry is filed under the
	 * case too.
	 * @param caseId the case, or null
	 */
	@Transactional
	public void record(String actor, AuditAction action, String entityType, String entityId, Long teamId, Long caseId,
			Map<String, FieldChange> changes, String reason) {
		AuditEntryDraft draft = new AuditEntryDraft(actor, action, entityType, entityId, teamId,
				new java.util.TreeMap<>(changes), (reason != null) ? reason : AuditReason.current(),
				Replay.moment().orElse(null), caseId);
		if (draft.occurredAt() != null) {
			// The demo replays the past in one transaction: seal this entry with the
			// transaction's others, in the order things happened.
			this.listeners.listener().enqueue(this.entityManager.unwrap(SharedSessionContractImplementor.class), draft);
			return;
		}
		this.jdbc.execute((java.sql.Connection connection) -> {
			this.writer.append(connection, List.of(draft));
			return null;
		});
	}

}
