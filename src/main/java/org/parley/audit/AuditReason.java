package org.parley.audit;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The reason a user gave for what the current transaction does ("disabled: left the
 * organisation"). Every audit entry written by the transaction carries it; it is cleared
 * when the transaction ends.
 */
public final class AuditReason {

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private AuditReason() {
	}

	/**
	 * Attaches a reason to every audit entry of the current transaction.
	 * @param reason the reason as the user wrote it; blank means none
	 * @throws IllegalStateException when no transaction is active
	 */
	public static void set(String reason) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("An audit reason needs an active transaction");
		}
		if (CURRENT.get() == null) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					CURRENT.remove();
				}
			});
		}
		CURRENT.set((reason == null || reason.isBlank()) ? null : reason.strip());
	}

	static String current() {
		return CURRENT.get();
	}

}
