package org.parley.agreement.monitoring;

/** Where a check stands, as the API filters it. */
public enum CheckState {

	/** Not recorded, its window not ended. */
	OPEN(" AND c.recordedBy IS NULL AND c.windowEnds >= :today"),

	/** Not recorded, its window ended. */
	OVERDUE(" AND c.recordedBy IS NULL AND c.windowEnds < :today"),

	RECORDED(" AND c.recordedBy IS NOT NULL");

	private final String condition;

	CheckState(String condition) {
		this.condition = condition;
	}

	/** The condition of a query of checks {@code c}. */
	String condition() {
		return this.condition;
	}

}
