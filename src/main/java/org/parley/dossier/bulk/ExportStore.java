package org.parley.dossier.bulk;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.parley.dossier.ExportStatus;
import org.parley.dossier.ExportView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code dossier_export} table: one row per bulk export. */
@Repository
public class ExportStore {

	private static final String COLUMNS = "id, requested_by, team_id, period_from, period_to, language, status, done,"
			+ " total, file_size, created_at, finished_at, expires_at," + failures("case_id") + " AS failed_cases,"
			+ failures("reason") + " AS failed_reasons," + failures("files") + " AS failed_files";

	private final JdbcClient jdbc;

	ExportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long create(String requestedBy, long teamId, LocalDate from, LocalDate to, String language, String reason,
			Instant now) {
		return this.jdbc.sql("""
				INSERT INTO dossier_export (requested_by, team_id, period_from, period_to, language, reason, status,
				                            created_at)
				VALUES (:by, :team, :from, :to, :language, :reason, 'QUEUED', :now) RETURNING id""")
			.param("by", requestedBy)
			.param("team", teamId)
			.param("from", from)
			.param("to", to)
			.param("language", language)
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	public Optional<ExportView> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM dossier_export WHERE id = :id")
			.param("id", id)
			.query(ExportStore::view)
			.optional();
	}

	public Optional<String> reason(long id) {
		return this.jdbc.sql("SELECT reason FROM dossier_export WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	/** A requester's exports, newest first, one keyset page. */
	public List<ExportView> madeBy(String requestedBy, Long before, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM dossier_export WHERE requested_by = :by"
					+ ((before != null) ? " AND id < :before" : "") + " ORDER BY id DESC LIMIT :limit")
			.param("by", requestedBy)
			.param("before", before)
			.param("limit", limit)
			.query(ExportStore::view)
			.list();
	}

	public void start(long id, int total) {
		this.jdbc.sql("UPDATE dossier_export SET status = 'RUNNING', total = :total, done = 0 WHERE id = :id")
			.param("id", id)
			.param("total", total)
			.update();
	}

	public void progress(long id, int done) {
		this.jdbc.sql("UPDATE dossier_export SET done = :done WHERE id = :id")
			.param("id", id)
			.param("done", done)
			.update();
	}

	public void ready(long id, String fileName, long size, Instant now, Instant expiresAt) {
		this.jdbc.sql("""
				UPDATE dossier_export SET status = 'READY', done = total, file_name = :file, file_size = :size,
				       finished_at = :now, expires_at = :expires
				WHERE id = :id""")
			.param("id", id)
			.param("file", fileName)
			.param("size", size)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	/**
	 * A case the export leaves out, and why.
	 * @param files the names of the files at fault
	 */
	public void caseFailed(long id, long caseId, String reason, List<String> files) {
		this.jdbc.sql("""
				INSERT INTO dossier_export_failure (export_id, case_id, reason, files)
				VALUES (:id, :case, :reason, :files)""")
			.param("id", id)
			.param("case", caseId)
			.param("reason", reason)
			.param("files", String.join("\n", files))
			.update();
	}

	public void failed(long id, Instant now) {
		this.jdbc.sql("UPDATE dossier_export SET status = 'FAILED', finished_at = :now WHERE id = :id")
			.param("id", id)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Jobs a stopped Parley left unfinished: they will never finish. */
	public int failUnfinished(Instant now) {
		return this.jdbc
			.sql("UPDATE dossier_export SET status = 'FAILED', finished_at = :now"
					+ " WHERE status IN ('QUEUED', 'RUNNING')")
			.param("now", Timestamp.from(now))
			.update();
	}

	/** Ready exports past their expiry: id and file name. */
	public List<Expired> expiredBy(Instant now) {
		return this.jdbc
			.sql("SELECT id, file_name FROM dossier_export WHERE status = 'READY' AND expires_at <= :now ORDER BY id")
			.param("now", Timestamp.from(now))
			.query((rs, n) -> new Expired(rs.getLong("id"), rs.getString("file_name")))
			.list();
	}

	public void expire(long id) {
		this.jdbc.sql("UPDATE dossier_export SET status = 'EXPIRED' WHERE id = :id").param("id", id).update();
	}

	public Optional<String> fileName(long id) {
		return this.jdbc.sql("SELECT file_name FROM dossier_export WHERE id = :id AND status = 'READY'")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	private static ExportView view(ResultSet rs, int row) throws SQLException {
		long size = rs.getLong("file_size");
		Long fileSize = rs.wasNull() ? null : size;
		return new ExportView(rs.getLong("id"), rs.getString("requested_by"), rs.getLong("team_id"),
				rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
				rs.getString("language"), ExportStatus.valueOf(rs.getString("status")), rs.getInt("done"),
				rs.getInt("total"), fileSize, instant(rs, "created_at"), instant(rs, "finished_at"),
				instant(rs, "expires_at"), failed(rs));
	}

	/** One column of an export's left-out cases, in case order, as an array. */
	private static String failures(String column) {
		return " (SELECT array_agg(f." + column + " ORDER BY f.case_id) FROM dossier_export_failure f"
				+ " WHERE f.export_id = dossier_export.id)";
	}

	private static List<ExportView.FailedCase> failed(ResultSet rs) throws SQLException {
		Array cases = rs.getArray("failed_cases");
		if (cases == null) {
			return List.of();
		}
		Object[] ids = (Object[]) cases.getArray();
		Object[] reasons = (Object[]) rs.getArray("failed_reasons").getArray();
		Object[] files = (Object[]) rs.getArray("failed_files").getArray();
		List<ExportView.FailedCase> failed = new ArrayList<>(ids.length);
		for (int i = 0; i < ids.length; i++) {
			failed.add(new ExportView.FailedCase(((Number) ids[i]).longValue(), (String) reasons[i],
					List.of(((String) files[i]).split("\n"))));
		}
		return failed;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	/** An export whose file is to be deleted. */
	public record Expired(long id, String fileName) {

	}

}
