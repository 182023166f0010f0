package org.parley.protection.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.parley.protection.SealedColumn;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a sealed column a page at a time, in the order of its table's key, and replaces
 * one value only if it is still the one read (a user's save in between wins). The SQL is
 * built from the names the owning module declared ({@link SealedColumn} accepts only SQL
 * names; the team expression is the module's own code), never from input.
 */
@Component
public class ColumnWalker {

	private final JdbcTemplate jdbc;

	public ColumnWalker(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** A row's value, its key and its team. */
	public record Row(List<Long> key, Long teamId, String value) {

		public String keyText() {
			return this.key.stream().map(String::valueOf).collect(Collectors.joining(","));
		}

	}

	/** Values sealed under the data key, after the given row key. */
	public List<Row> sealedUnder(SealedColumn column, long dataKeyId, String afterKey, int limit) {
		return page(column, column.column() + " LIKE ?", List.of("pk1:" + dataKeyId + ":%"), afterKey, limit);
	}

	/** Values in clear (from before sealing existed), after the given row key. */
	public List<Row> unsealed(SealedColumn column, String afterKey, int limit) {
		return page(column, column.column() + " NOT LIKE 'pk1:%'", List.of(), afterKey, limit);
	}

	/**
	 * Whether the column was swept for values in clear since the last migration (start-up
	 * sealing need not look again: Parley seals every value it writes).
	 */
	public boolean sweptSinceLastMigration(SealedColumn column) {
		Integer rank = this.jdbc.query(
				"SELECT s.schema_rank FROM sealing_sweep s WHERE s.place = ? AND s.schema_rank = "
						+ "(SELECT coalesce(max(installed_rank), 0) FROM flyway_schema_history WHERE success)",
				(rs) -> rs.next() ? rs.getInt(1) : null, column.place());
		return rank != null;
	}

	/**
	 * Remembers that the column holds nothing in clear under the migrations applied now.
	 */
	public void markSwept(SealedColumn column) {
		this.jdbc.update("""
				INSERT INTO sealing_sweep (place, schema_rank, swept_at)
				SELECT ?, coalesce(max(installed_rank), 0), now() FROM flyway_schema_history WHERE success
				ON CONFLICT (place) DO UPDATE SET schema_rank = excluded.schema_rank, swept_at = excluded.swept_at""",
				column.place());
	}

	/** How many values of the column the data key sealed. */
	public long countSealedUnder(SealedColumn column, long dataKeyId) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM " + column.table() + " WHERE " + column.column() + " LIKE ?", Long.class,
				"pk1:" + dataKeyId + ":%");
	}

	/**
	 * Replaces the value if the row still holds the one read.
	 * @return whether it did
	 */
	public boolean replace(SealedColumn column, List<Long> key, String old, String now) {
		List<Object> args = new ArrayList<>();
		args.add(now);
		args.addAll(key);
		args.add(old);
		String where = column.keyColumns().stream().map((k) -> k + " = ?").collect(Collectors.joining(" AND "));
		return this.jdbc.update("UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + where + " AND "
				+ column.column() + " = ?", args.toArray()) == 1;
	}

	private List<Row> page(SealedColumn column, String condition, List<Object> conditionArgs, String afterKey,
			int limit) {
		List<String> keys = column.keyColumns();
		String keyList = String.join(", ", keys);
		StringBuilder sql = new StringBuilder("SELECT " + keyList + ", (" + column.teamExpression()
				+ ") AS parley_team, " + column.column() + " AS parley_value FROM " + column.table() + " WHERE "
				+ column.column() + " IS NOT NULL AND " + condition);
		List<Object> args = new ArrayList<>(conditionArgs);
		if (afterKey != null) {
			String[] parts = afterKey.split(",");
			sql.append(" AND (").append(keyList).append(") > (");
			sql.append(keys.stream().map((k) -> "?").collect(Collectors.joining(", "))).append(")");
			for (String part : parts) {
				args.add(Long.parseLong(part));
			}
		}
		sql.append(" ORDER BY ").append(keyList).append(" LIMIT ?");
		args.add(limit);
		return this.jdbc.query(sql.toString(), (rs, n) -> {
			List<Long> key = new ArrayList<>();
			for (String k : keys) {
				key.add(rs.getLong(k));
			}
			long team = rs.getLong("parley_team");
			return new Row(key, rs.wasNull() ? null : team, rs.getString("parley_value"));
		}, args.toArray());
	}

}
