package org.parley.protection.keys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code key_destruction} table, by JDBC. Rows are never deleted. */
@Component
public class DestructionStore {

	/** One count of the JSON object; its names are sealed columns' places, SQL names. */
	private static final Pattern COUNT = Pattern.compile("\"([A-Za-z0-9_.]+)\"\\s*:\\s*(\\d+)");

	private final JdbcTemplate jdbc;

	public DestructionStore(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/**
	 * A request waiting for a second administrator.
	 * @throws org.springframework.dao.DuplicateKeyException when the team has one already
	 */
	public long start(long teamId, long dataKeyId, String reason, String startedBy, Instant now, Instant before) {
		return this.jdbc.queryForObject(
				"""
						INSERT INTO key_destruction (team_id, data_key_id, state, reason, started_by, started_at, confirm_before)
						VALUES (?, ?, 'PENDING', ?, ?, ?, ?) RETURNING id""",
				Long.class, teamId, dataKeyId, reason, startedBy, Timestamp.from(now), Timestamp.from(before));
	}

	/**
	 * Marks EXPIRED the requests still pending past their deadline.
	 * @return those it marked
	 */
	public List<DestructionRow> expire(Instant now) {
		return this.jdbc.query("""
				UPDATE key_destruction SET state = 'EXPIRED', version = version + 1
				WHERE state = 'PENDING' AND confirm_before <= ? RETURNING *""", DestructionStore::row,
				Timestamp.from(now));
	}

	public Optional<DestructionRow> find(long id) {
		return this.jdbc.query("SELECT * FROM key_destruction WHERE id = ?", DestructionStore::row, id)
			.stream()
			.findFirst();
	}

	/** The row, locked until the end of the transaction. */
	public Optional<DestructionRow> lock(long id) {
		return this.jdbc.query("SELECT * FROM key_destruction WHERE id = ? FOR UPDATE", DestructionStore::row, id)
			.stream()
			.findFirst();
	}

	/** The requests pending (expired or not), the oldest first. */
	public List<DestructionRow> pending() {
		return this.jdbc.query("SELECT * FROM key_destruction WHERE state = 'PENDING' ORDER BY started_at, id",
				DestructionStore::row);
	}

	/** The latest requests, whatever their state, the newest first. */
	public List<DestructionRow> recent(int limit) {
		return this.jdbc.query("SELECT * FROM key_destruction ORDER BY started_at DESC, id DESC LIMIT ?",
				DestructionStore::row, limit);
	}

	public void confirmed(long id, String by, Instant at, Map<String, Long> counts, long total) {
		this.jdbc.update("""
				UPDATE key_destruction SET state = 'DONE', confirmed_by = ?, confirmed_at = ?,
				                           destroyed_values = ?::jsonb, values_destroyed = ?, version = version + 1
				WHERE id = ? AND state = 'PENDING'""", by, Timestamp.from(at), json(counts), total, id);
	}

	public void cancelled(long id, String by, Instant at) {
		this.jdbc.update("""
				UPDATE key_destruction SET state = 'CANCELLED', cancelled_by = ?, cancelled_at = ?,
				                           version = version + 1
				WHERE id = ? AND state = 'PENDING'""", by, Timestamp.from(at), id);
	}

	/** The counts as a JSON object (the places are SQL names: nothing to escape). */
	private static String json(Map<String, Long> counts) {
		return counts.entrySet()
			.stream()
			.map((e) -> "\"" + e.getKey() + "\": " + e.getValue())
			.collect(Collectors.joining(", ", "{", "}"));
	}

	private static DestructionRow row(ResultSet rs, int n) throws SQLException {
		String json = rs.getString("destroyed_values");
		Map<String, Long> counts = null;
		if (json != null) {
			counts = new LinkedHashMap<>();
			Matcher count = COUNT.matcher(json);
			while (count.find()) {
				counts.put(count.group(1), Long.parseLong(count.group(2)));
			}
		}
		long total = rs.getLong("values_destroyed");
		Long valuesDestroyed = rs.wasNull() ? null : total;
		return new DestructionRow(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("data_key_id"),
				rs.getString("state"), rs.getString("reason"), rs.getString("started_by"), instant(rs, "started_at"),
				instant(rs, "confirm_before"), rs.getString("confirmed_by"), instant(rs, "confirmed_at"),
				rs.getString("cancelled_by"), instant(rs, "cancelled_at"), counts, valuesDestroyed);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
