package org.parley.modulithcheck.beta.internal;

/** Public for Java, internal to beta for Spring Modulith. */
public class Hidden {

	public String name() {
		return "hidden";
	}

}
