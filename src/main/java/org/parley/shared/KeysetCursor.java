package org.parley.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The cursor of a keyset page ordered by (sort key, id), opaque to the browser. A cursor
 * that was not made here reads as "from the start" rather than failing.
 *
 * @param key the sort key of the last row shown
 * @param id the id of the last row shown
 */
public record KeysetCursor(String key, long id) {

	public String encode() {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((this.key + '\u0000' + this.id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The sort key as a date, for a list ordered by a date; null when it is not one (a
	 * cursor of another list: the list starts from the top).
	 */
	public java.time.LocalDate dateKey() {
		try {
			return java.time.LocalDate.parse(this.key);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * The sort key as a moment, in full precision (PostgreSQL keeps microseconds: a
	 * cursor in milliseconds would show twice a row saved in the same millisecond as the
	 * last one shown), for a list ordered by a moment; the epoch when it is not one.
	 */
	public java.time.Instant instantKey() {
		try {
			return java.time.Instant.parse(this.key);
		}
		catch (java.time.format.DateTimeParseException ex) {
			return java.time.Instant.EPOCH;
		}
	}

	/** The cursor after a row of a list ordered by a moment, then an id. */
	public static String after(java.time.Instant at, long id) {
		return new KeysetCursor(at.toString(), id).encode();
	}

	/**
	 * The cursor, or null for the first page or a cursor not made by {@link #encode()}.
	 */
	public static KeysetCursor decode(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\u0000",
					2);
			return (parts.length == 2) ? new KeysetCursor(parts[0], Long.parseLong(parts[1])) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
