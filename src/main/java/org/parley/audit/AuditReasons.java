package org.parley.audit;

import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Attaches the reason a user gave ("disabled: left the organisation") to the audit
 * entries of the action it explains, and to no other: pending changes are flushed before
 * the action (so earlier changes of the transaction do not take the reason) and after it
 * (so every change of the action is seen while the reason is in force). Whatever the
 * transaction does next carries no reason, or its own.
 */
@Component
public class AuditReasons {

	private final EntityManager entityManager;

	AuditReasons(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Runs an action whose audit entries carry the reason.
	 * @param reason the reason as the user wrote it; blank means none
	 * @throws IllegalStateException when no transaction is active
	 */
	public <T> T because(String reason, Supplier<T> action) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An audit reason needs an active transaction");
		}
		this.entityManager.flush();
		String before = AuditReason.swap((reason == null || reason.isBlank()) ? null : reason.strip());
		try {
			T result = action.get();
			this.entityManager.flush();
			return result;
		}
		finally {
			AuditReason.swap(before);
		}
	}

	/** As {@link #because(String, Supplier)}, for an action that returns nothing. */
	public void because(String reason, Runnable action) {
		because(reason, () -> {
			action.run();
			return null;
		});
	}

}
