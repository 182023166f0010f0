package org.parley.audit;

/**
 * The reason in force on this thread while {@link AuditReasons#because} runs an action;
 * the audit listener reads it when it sees each change.
 */
final class AuditReason {

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private AuditReason() {
	}

	static String current() {
		return CURRENT.get();
	}

	static String swap(String reason) {
		String before = CURRENT.get();
		if (reason == null) {
			CURRENT.remove();
		}
		else {
			CURRENT.set(reason);
		}
		return before;
	}

}
