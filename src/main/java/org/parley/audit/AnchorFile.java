package org.parley.audit;

/**
 * One anchor file found in the anchor directory, and whether it can be believed.
 *
 * @param name the file's name
 * @param anchor what it states, or null when it could not be read
 * @param status whether its signature holds
 */
public record AnchorFile(String name, Anchor anchor, Status status) {

	public boolean valid() {
		return this.status == Status.VALID;
	}

	/** What reading an anchor file found. */
	public enum Status {

		/** Signed by the organisation's key: it can be believed. */
		VALID,
		/** Its signature is missing or does not match: it was changed or forged. */
		SIGNATURE_INVALID,
		/** Not an anchor at all (not JSON, or fields missing). */
		UNREADABLE

	}

}
