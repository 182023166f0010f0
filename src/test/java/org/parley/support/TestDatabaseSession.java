package org.parley.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test runs, points every Spring context of this run at the run's own database
 * (as system properties, which outrank application.yml). Contexts that need another
 * database pass it on their command line.
 */
public class TestDatabaseSession implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		System.setProperty("spring.datasource.url", TestDatabase.url());
		System.setProperty("spring.datasource.username", TestDatabase.user());
		System.setProperty("spring.datasource.password", TestDatabase.password());
	}

}
