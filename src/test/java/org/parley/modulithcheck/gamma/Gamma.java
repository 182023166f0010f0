package org.parley.modulithcheck.gamma;

import org.parley.modulithcheck.beta.Beta;
import org.parley.modulithcheck.beta.internal.Hidden;

/** Uses beta's API (allowed) and its internals (not allowed). */
public class Gamma {

	public String names() {
		return new Beta().name() + new Hidden().name();
	}

}
