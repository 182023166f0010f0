package org.parley.modulithcheck.alpha;

import org.parley.modulithcheck.beta.Beta;

/** Uses beta although alpha declares no dependency. */
public class Alpha {

	public String name() {
		return new Beta().name();
	}

}
