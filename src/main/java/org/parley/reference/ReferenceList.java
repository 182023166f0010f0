package org.parley.reference;

/**
 * The reference lists Parley knows. Each value of a list is identified by its code;
 * records store codes and a foreign key keeps a code in use from being deleted.
 */
public enum ReferenceList {

	GROUP_CATEGORY, TACTIC, REVENUE_SOURCE, COMMITMENT_THEME, INTERMEDIARY_TYPE, RED_LINE;

	/** The list's message key, e.g. {@code reference.list.TACTIC}. */
	public String messageKey() {
		return "reference.list." + name();
	}

}
