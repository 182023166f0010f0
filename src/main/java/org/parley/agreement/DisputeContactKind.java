package org.parley.agreement;

/**
 * How a dispute was heard or discussed. Labels under
 * {@code agreement.DisputeContactKind.<VALUE>}.
 */
public enum DisputeContactKind {

	HEARING, MEETING, PHONE, WRITTEN

}
