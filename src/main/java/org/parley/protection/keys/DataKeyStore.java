package org.parley.protection.keys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.parley.protection.KeyPurpose;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code data_key} table, by JDBC: its rows are read on the way to sealing or opening
 * a value, and created on the first value a team seals for a purpose.
 */
@Component
public class DataKeyStore {

	private static final String COLUMNS = "id, team_id, purpose, wrapped_keyset, master_key_id, primary_key_id, "
			+ "key_count, created_at, rotated_at, destroyed_at";

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	public DataKeyStore(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	public Optional<DataKeyRow> find(long id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM data_key WHERE id = ?", DataKeyStore::row, id)
			.stream()
			.findFirst();
	}

	/** The row, locked until the end of the transaction (a rotation, a rewrap). */
	public Optional<DataKeyRow> lock(long id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM data_key WHERE id = ? FOR UPDATE", DataKeyStore::row, id)
			.stream()
			.findFirst();
	}

	/**
	 * The team's live key for the purpose (a team may also hold keys destroyed in an
	 * emergency, which seal nothing more).
	 */
	public Optional<DataKeyRow> find(Long teamId, KeyPurpose purpose) {
		return this.jdbc
			.query("SELECT " + COLUMNS
					+ " FROM data_key WHERE coalesce(team_id, 0) = ? AND purpose = ? AND destroyed_at IS NULL",
					DataKeyStore::row, (teamId != null) ? teamId : 0L, purpose.name())
			.stream()
			.findFirst();
	}

	public List<DataKeyRow> all() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM data_key ORDER BY team_id NULLS FIRST, purpose, id",
				DataKeyStore::row);
	}

	/** Data keys not destroyed and wrapped by another master key than this one. */
	public List<DataKeyRow> wrappedByOtherThan(long masterKeyId) {
		return this.jdbc.query(
				"SELECT " + COLUMNS
						+ " FROM data_key WHERE destroyed_at IS NULL AND master_key_id <> ? ORDER BY id FOR UPDATE",
				DataKeyStore::row, masterKeyId);
	}

	/**
	 * A new data key, unless another transaction made the team's key for that purpose
	 * first. Written on a connection of its own and committed at once, whatever the
	 * caller's transaction does: a key is in the table before any value is sealed under
	 * it, and a rolled-back write leaves at most an unused key.
	 * @return its id, or empty when one already exists
	 */
	public Optional<Long> insert(Long teamId, KeyPurpose purpose, byte[] wrapped, long masterKeyId, long primaryKeyId,
			Instant now) {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (PreparedStatement insert = connection.prepareStatement("""
					INSERT INTO data_key (team_id, purpose, wrapped_keyset, master_key_id, primary_key_id, key_count,
					                      created_at)
					VALUES (?, ?, ?, ?, ?, 1, ?)
					ON CONFLICT ((coalesce(team_id, 0)), purpose) WHERE destroyed_at IS NULL DO NOTHING
					RETURNING id""")) {
				insert.setObject(1, teamId, Types.BIGINT);
				insert.setString(2, purpose.name());
				insert.setBytes(3, wrapped);
				insert.setLong(4, masterKeyId);
				insert.setLong(5, primaryKeyId);
				insert.setTimestamp(6, Timestamp.from(now));
				try (ResultSet rs = insert.executeQuery()) {
					return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("A data key could not be stored", ex);
		}
	}

	/**
	 * The keyset changed (a key added or retired): wrapped again, by the current master.
	 */
	public void rekeyed(long id, byte[] wrapped, long masterKeyId, long primaryKeyId, int keys, Instant now) {
		this.jdbc.update("""
				UPDATE data_key SET wrapped_keyset = ?, master_key_id = ?, primary_key_id = ?, key_count = ?,
				                    rotated_at = ?, version = version + 1
				WHERE id = ? AND destroyed_at IS NULL""", wrapped, masterKeyId, primaryKeyId, keys, Timestamp.from(now),
				id);
	}

	/**
	 * The same keyset wrapped by another master key.
	 * @return whether the row still had the old master key (another instance may have
	 * rewrapped it first)
	 */
	public boolean rewrapped(long id, long oldMasterKeyId, byte[] wrapped, long masterKeyId, Instant now) {
		return this.jdbc.update("""
				UPDATE data_key SET wrapped_keyset = ?, master_key_id = ?, rewrapped_at = ?, version = version + 1
				WHERE id = ? AND master_key_id = ? AND destroyed_at IS NULL""", wrapped, masterKeyId,
				Timestamp.from(now), id, oldMasterKeyId) == 1;
	}

	/**
	 * Destroys the key: its wrapped keyset and the id of the master key that wrapped it
	 * are overwritten with null, the date is kept. In the caller's transaction.
	 * @return whether it was live until now
	 */
	public boolean destroy(long id, Instant now) {
		return this.jdbc.update("""
				UPDATE data_key SET wrapped_keyset = NULL, master_key_id = NULL, destroyed_at = ?,
				                    version = version + 1
				WHERE id = ? AND destroyed_at IS NULL""", Timestamp.from(now), id) == 1;
	}

	private static DataKeyRow row(ResultSet rs, int n) throws SQLException {
		long team = rs.getLong("team_id");
		Long teamId = rs.wasNull() ? null : team;
		long master = rs.getLong("master_key_id");
		Long masterKeyId = rs.wasNull() ? null : master;
		long primary = rs.getLong("primary_key_id");
		Long primaryKeyId = rs.wasNull() ? null : primary;
		return new DataKeyRow(rs.getLong("id"), teamId, KeyPurpose.valueOf(rs.getString("purpose")),
				rs.getBytes("wrapped_keyset"), masterKeyId, primaryKeyId, rs.getInt("key_count"),
				instant(rs, "created_at"), instant(rs, "rotated_at"), instant(rs, "destroyed_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

}
