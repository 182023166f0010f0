package org.parley.protection.keys;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Says in two lines why Parley did not start without a master key, and what to do,
 * instead of a page of stack trace.
 */
class MasterKeyFailureAnalyzer extends AbstractFailureAnalyzer<MasterKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MasterKeyException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Set PARLEY_MASTER_KEYSET to a master keyset file (java -jar parley.jar generate-master-key "
						+ "<file> makes one), or run the demo with --spring.profiles.active=demo.",
				cause);
	}

}
