package org.parley.agreement;

/**
 * What a compliance check found. Labels under {@code agreement.CheckResult.<VALUE>}.
 */
public enum CheckResult {

	COMPLIED, PARTLY_COMPLIED, VIOLATED, UNKNOWN

}
