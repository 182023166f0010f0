package org.parley.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test runs, points every Spring context of this run at the run's own database
 * (as system properties, which outrank application.yml), with the two roles of decision
 * 0019, the test MAC key and an anchor folder of the run's own. Contexts that need
 * another database pass it on their command line.
 */
public class TestDatabaseSession implements LauncherSessionListener {

	/** The audit MAC key of every test context: DEMO-ONLY, public, proves nothing. */
	public static final String TEST_MAC_KEY = "parley-test-only-audit-mac-key-DEMO-ONLY-0123456789";

	private static java.nio.file.Path anchorDir;

	/** The anchor folder of this run's application contexts. */
	public static synchronized java.nio.file.Path anchorDir() {
		if (anchorDir == null) {
			try {
				anchorDir = java.nio.file.Files.createTempDirectory("parley-test-anchors-");
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return anchorDir;
	}

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		System.setProperty("spring.datasource.url", TestDatabase.url());
		// Flyway migrates as the owner; the application connects as a role that owns
		// nothing.
		System.setProperty("spring.flyway.user", TestDatabase.user());
		System.setProperty("spring.flyway.password", TestDatabase.password());
		System.setProperty("spring.datasource.username", TestDatabase.appUser());
		System.setProperty("spring.datasource.password", TestDatabase.appPassword());
		// Every context MACs audit entries with the test key, demo profile or not, and
		// anchors the chain in a folder of this run's own.
		System.setProperty("parley.audit.mac-key", TEST_MAC_KEY);
		System.setProperty("parley.audit.anchor-dir", anchorDir().toString());
	}

}
