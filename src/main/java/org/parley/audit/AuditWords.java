package org.parley.audit;

import java.util.Locale;

/**
 * The words a value is written with in the reader's language, handed to a
 * {@link ValueFormat}: choices by their message keys, numbers as people write them, dates
 * and moments in the teams' calendar, people by their names, records by their titles.
 */
public interface AuditWords {

	Locale locale();

	/** The message of a key with arguments, or the key's last part if it has none. */
	String message(String key, Object... args);

	/** A choice as the forms show it: the message {@code prefix + code}. */
	String choice(String prefix, String code);

	/**
	 * A number as people write it in the reader's language ({@code 600}, not
	 * {@code 6E+2}).
	 */
	String number(String text);

	/** A calendar date ({@code 2026-09-08}) in the reader's language. */
	String date(String text);

	/** A moment ({@code 2026-09-08T14:00:00Z}) in the teams' time zone, zone shown. */
	String moment(String text);

	/** Yes or no for {@code true} or {@code false}. */
	String yesNo(String text);

	/** A person by their display name. */
	String person(String username);

	/** A record by its title; the record type's name when it has none (deleted). */
	String title(String entityType, String id);

}
