package org.parley.disclosure;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who asked for the data. Authorities (police, prosecutors, courts, the military,
 * migration) weigh most: what they learn can put the people concerned in danger, and the
 * organisation's privileges and immunities may exempt it from disclosing.
 */
public enum RequesterKind {

	POLICE, PROSECUTOR, COURT, MILITARY, MIGRATION, OTHER_AUTHORITY, DONOR, AGENCY, MEDIA, REPRESENTATIVE, DATA_SUBJECT,
	OTHER;

	private static final Set<RequesterKind> AUTHORITIES = EnumSet.of(POLICE, PROSECUTOR, COURT, MILITARY, MIGRATION,
			OTHER_AUTHORITY);

	/** Whether the requester is a state authority. */
	public boolean authority() {
		return AUTHORITIES.contains(this);
	}

}
