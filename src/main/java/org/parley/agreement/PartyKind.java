package org.parley.agreement;

/**
 * Who a party to an agreement is: the organisation, an armed group of the registry, or
 * another party (a municipality, a church, a national authority). Labels under
 * {@code agreement.PartyKind.<VALUE>}.
 */
public enum PartyKind {

	ORGANISATION, ARMED_GROUP, OTHER

}
