package org.parley.agreement;

/**
 * Who received a transfer: an armed group party to the case, one of the team's
 * interlocutors or intermediaries, or someone else, named.
 */
public enum TransferRecipient {

	GROUP, INTERLOCUTOR, OTHER

}
