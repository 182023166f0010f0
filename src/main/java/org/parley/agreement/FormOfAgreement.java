package org.parley.agreement;

/**
 * The form an agreement takes. Labels under {@code agreement.FormOfAgreement.<VALUE>}.
 */
public enum FormOfAgreement {

	VERBAL, WRITTEN, EXCHANGE_OF_LETTERS, UNILATERAL_DECLARATION, DEED_OF_COMMITMENT, TRUCE_OR_COVENANT

}
