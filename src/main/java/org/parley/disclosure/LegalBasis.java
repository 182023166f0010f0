package org.parley.disclosure;

/** The ground the requester claims for asking, as they stated it. */
public enum LegalBasis {

	COURT_ORDER, LAW, DONOR_AGREEMENT, CONSENT, OTHER, NONE_STATED

}
