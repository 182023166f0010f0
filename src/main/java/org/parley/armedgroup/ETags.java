package org.parley.armedgroup;

import org.parley.shared.ConcurrentEditException;

/**
 * Reads the record version a client sends back in If-Match ({@code "3"} or
 * {@code W/"3"}).
 */
final class ETags {

	private ETags() {
	}

	static long version(String ifMatch) {
		String value = ifMatch.strip();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			// Not a version we issued: it cannot match the stored one.
			throw new ConcurrentEditException("record", ifMatch);
		}
	}

}
