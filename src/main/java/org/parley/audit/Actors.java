package org.parley.audit;

import org.parley.shared.CurrentUser;

/**
 * Who is acting: the signed-in user's username, or {@value #SYSTEM} for work the
 * application does on its own (first start, demo data, scheduled jobs).
 */
public final class Actors {

	public static final String SYSTEM = "system";

	private Actors() {
	}

	public static String current() {
		return CurrentUser.signedInName().orElse(SYSTEM);
	}

}
