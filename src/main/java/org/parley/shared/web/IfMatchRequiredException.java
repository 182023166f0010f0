package org.parley.shared.web;

/**
 * An update came without If-Match where one is needed: answered 428, like a missing
 * If-Match header that a handler requires.
 */
public class IfMatchRequiredException extends RuntimeException {

	public IfMatchRequiredException() {
		super("If-Match required");
	}

}
