package org.parley.protection;

/**
 * How sensitive a record is (decision 0022). The level decides who sees the record,
 * whether a bulk export includes it, how its history is shown, and which of the team's
 * data keys seals its sensitive fields: a strictly confidential record's are sealed under
 * the team's {@link KeyPurpose#TEAM_STRICT} key, so that destroying that key destroys
 * them and nothing else.
 */
public enum Classification {

	/** Staff of the organisation, under the record's usual rules. */
	INTERNAL,

	/** The team that holds the record, under the record's usual need-to-know. */
	CONFIDENTIAL,

	/**
	 * The team's field officers and the HQ reviewers named on the record only; auditors
	 * see that it exists and its level, never its sensitive fields.
	 */
	STRICTLY_CONFIDENTIAL;

	/** The level of a record recorded without one. */
	public static Classification orDefault(Classification level, Classification fallback) {
		return (level != null) ? level : fallback;
	}

	public boolean strict() {
		return this == STRICTLY_CONFIDENTIAL;
	}

	/** The data key that seals the sensitive fields of a record at this level. */
	public KeyPurpose purpose() {
		return strict() ? KeyPurpose.TEAM_STRICT : KeyPurpose.TEAM;
	}

	/** The message key of the level's label (a dossier's words look for this name). */
	public String messageKey() {
		return labelKey();
	}

	/** The message key of the level's label. */
	public String labelKey() {
		return "classification." + name();
	}

}
