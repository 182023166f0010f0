package org.parley.shared.web;

import org.parley.shared.ConcurrentEditException;

/**
 * Reads the record version a client sends back in If-Match ({@code "3"} or
 * {@code W/"3"}).
 */
public final class ETags {

	private ETags() {
	}

	public static long version(String ifMatch) {
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

	/**
	 * The version in If-Match for a record that may not be stored yet (a sheet never
	 * saved has no version): without If-Match, null, but only while nothing is stored.
	 * @param stored the version stored, or null when there is none yet
	 * @throws IfMatchRequiredException when something is stored and If-Match is missing
	 */
	public static Long versionOrNew(String ifMatch, Long stored) {
		if (ifMatch == null || ifMatch.isBlank()) {
			if (stored != null) {
				throw new IfMatchRequiredException();
			}
			return null;
		}
		return version(ifMatch);
	}

}
