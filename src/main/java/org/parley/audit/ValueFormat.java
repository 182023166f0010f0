package org.parley.audit;

import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * How the recorded text of one field's value reads. Scalar values are shown before and
 * after; a list (recorded as {@code [a, b]}) is shown as the items added and removed,
 * each item read by the element format.
 *
 * @param render reads one value (or one item of a list)
 * @param item for a list, what one item looks like (items are split where the list's
 * {@code ", "} separators fall between whole items); null for a scalar value
 */
public record ValueFormat(BiFunction<String, AuditWords, String> render, Pattern item) {

	private static final Pattern ANY = Pattern.compile("(?s).*");

	public static ValueFormat of(BiFunction<String, AuditWords, String> render) {
		return new ValueFormat(render, null);
	}

	public static ValueFormat text() {
		return of((value, words) -> value);
	}

	public static ValueFormat number() {
		return of((value, words) -> words.number(value));
	}

	public static ValueFormat date() {
		return of((value, words) -> words.date(value));
	}

	public static ValueFormat moment() {
		return of((value, words) -> words.moment(value));
	}

	public static ValueFormat yesNo() {
		return of((value, words) -> words.yesNo(value));
	}

	public static ValueFormat person() {
		return of((value, words) -> words.person(value));
	}

	/** An enum constant (or a code) read as the message {@code prefix + value}. */
	public static ValueFormat choice(String prefix) {
		return of((value, words) -> words.choice(prefix, value));
	}

	/** The id of a record (or {@code Type#id}) read as the record's title. */
	public static ValueFormat reference(String entityType) {
		return of((value, words) -> words.title(entityType, idOf(value)));
	}

	/** A list whose items are each read by this format, any item text allowed. */
	public ValueFormat list() {
		return new ValueFormat(this.render, ANY);
	}

	/** A list whose items each match {@code item} and are read by this format. */
	public ValueFormat list(Pattern item) {
		return new ValueFormat(this.render, item);
	}

	public boolean isList() {
		return this.item != null;
	}

	static String idOf(String value) {
		int hash = value.lastIndexOf('#');
		return (hash >= 0) ? value.substring(hash + 1) : value;
	}

}
