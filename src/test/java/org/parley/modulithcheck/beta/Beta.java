package org.parley.modulithcheck.beta;

/** Beta's API. */
public class Beta {

	public String name() {
		return "beta";
	}

}
