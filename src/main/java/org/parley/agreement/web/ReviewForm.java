package org.parley.agreement.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HQ's review of a version: approve or return, a comment (required to return it), and
 * comments on single commitments by their key ({@code onCommitments[key]}).
 */
public record ReviewForm(String outcome, String comment, Map<String, String> onCommitments) {

	public ReviewForm {
		onCommitments = (onCommitments != null) ? new LinkedHashMap<>(onCommitments) : new LinkedHashMap<>();
	}

	boolean approves() {
		return "approve".equals(this.outcome);
	}

}
