package org.parley.protection;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A column whose values are sealed: where it is (its place is bound into every value it
 * holds, so that a value copied into another column does not open), how a row names its
 * team, and the key the rotation pages its rows by.
 *
 * @param table the table
 * @param column the column
 * @param teamExpression SQL, over the table's own columns, giving the row's team (a
 * column name, or a sub-query of the declaring module's own tables)
 * @param keyColumns the row's key: bigint columns, in the order rows are paged
 */
public record SealedColumn(String table, String column, String teamExpression, List<String> keyColumns) {

	private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

	public SealedColumn {
		requireName(table);
		requireName(column);
		keyColumns = List.copyOf(keyColumns);
		if (keyColumns.isEmpty()) {
			throw new IllegalArgumentException("A sealed column needs its table's key to be paged by");
		}
		keyColumns.forEach(SealedColumn::requireName);
	}

	/** A column of a table with its own {@code team_id} and {@code id}. */
	public static SealedColumn of(String table, String column) {
		return new SealedColumn(table, column, "team_id", List.of("id"));
	}

	/** What a value of this column is bound to: its table and column. */
	public String place() {
		return this.table + "." + this.column;
	}

	private static void requireName(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Not an SQL name: " + name);
		}
	}

}
