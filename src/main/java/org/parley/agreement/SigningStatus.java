package org.parley.agreement;

/**
 * Who signed, as PA-X codes it. Labels under {@code agreement.SigningStatus.<VALUE>}.
 */
public enum SigningStatus {

	SIGNED_BY_ALL, UNILATERAL, VERBAL_OR_UNCLEAR

}
