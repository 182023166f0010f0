package org.parley.agreement;

/**
 * Why HQ refused a transfer: a payment for access (the organisation's red line), cash or
 * a gift to a designated group without a sound legal basis, not justified, or another
 * reason given in the comment.
 */
public enum TransferRefusal {

	PAYMENT_FOR_ACCESS, NO_LEGAL_BASIS, NOT_JUSTIFIED, OTHER

}
