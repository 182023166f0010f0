package org.parley.protection.keys;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code key_rotation} table, by JDBC. */
@Component
public class RotationStore {

	private final JdbcTemplate jdbc;

	public RotationStore(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public long start(long dataKeyId, long newKeyId, String requestedBy, Instant now) {
		return this.jdbc.queryForObject("""
				INSERT INTO key_rotation (data_key_id, new_key_id, requested_by, requested_at, state, pass_started_at)
				VALUES (?, ?, ?, ?, 'RUNNING', ?) RETURNING id""", Long.class, dataKeyId, newKeyId, requestedBy,
				Timestamp.from(now), Timestamp.from(now));
	}

	public Optional<RotationRow> find(long id) {
		return this.jdbc.query("SELECT * FROM key_rotation WHERE id = ?", RotationStore::row, id).stream().findFirst();
	}

	public boolean runningFor(long dataKeyId) {
		return !this.jdbc
			.queryForList("SELECT id FROM key_rotation WHERE data_key_id = ? AND state = 'RUNNING'", Long.class,
					dataKeyId)
			.isEmpty();
	}

	/**
	 * The running rotations no other instance is working on now, locked for this
	 * transaction.
	 */
	public List<RotationRow> claimRunning() {
		return this.jdbc.query("SELECT * FROM key_rotation WHERE state = 'RUNNING' ORDER BY id FOR UPDATE SKIP LOCKED",
				RotationStore::row);
	}

	public List<RotationRow> recent(int limit) {
		return this.jdbc.query("SELECT * FROM key_rotation ORDER BY requested_at DESC, id DESC LIMIT ?",
				RotationStore::row, limit);
	}

	/** Where the walk stands after a batch. */
	public void progress(long id, String atColumn, String afterKey, int columnsDone, long resealed) {
		this.jdbc.update("""
				UPDATE key_rotation SET at_column = ?, after_key = ?, columns_done = ?,
				       pass_resealed = pass_resealed + ?, resealed = resealed + ?
				WHERE id = ?""", atColumn, afterKey, columnsDone, resealed, resealed, id);
	}

	/** A new walk over every column. */
	public void nextPass(long id, Instant now) {
		this.jdbc.update("""
				UPDATE key_rotation SET pass = pass + 1, pass_started_at = ?, pass_resealed = 0, at_column = NULL,
				       after_key = NULL, columns_done = 0
				WHERE id = ?""", Timestamp.from(now), id);
	}

	public void finish(long id, int retiredKeys, Instant now) {
		this.jdbc.update("UPDATE key_rotation SET state = 'DONE', retired_keys = ?, finished_at = ? WHERE id = ?",
				retiredKeys, Timestamp.from(now), id);
	}

	private static RotationRow row(ResultSet rs, int n) throws SQLException {
		int retired = rs.getInt("retired_keys");
		Integer retiredKeys = rs.wasNull() ? null : retired;
		Timestamp finished = rs.getTimestamp("finished_at");
		return new RotationRow(rs.getLong("id"), rs.getLong("data_key_id"), rs.getLong("new_key_id"),
				rs.getString("requested_by"), rs.getTimestamp("requested_at").toInstant(), rs.getString("state"),
				rs.getString("at_column"), rs.getString("after_key"), rs.getInt("pass"),
				rs.getTimestamp("pass_started_at").toInstant(), rs.getLong("pass_resealed"), rs.getInt("columns_done"),
				rs.getLong("resealed"), retiredKeys, (finished != null) ? finished.toInstant() : null);
	}

}
