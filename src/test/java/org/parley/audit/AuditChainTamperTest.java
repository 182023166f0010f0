package org.parley.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.FreshDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log on a real PostgreSQL of its own: the database refuses changes to entries,
 * and the verifier reports any change made behind its back.
 */
class AuditChainTamperTest {

	private FreshDatabase database;

	private AuditChainVerifier verifier;

	@BeforeEach
	void aLogWithFiveEntries() throws SQLException {
		this.database = new FreshDatabase();
		this.database.migrate();
		AuditMacKey macKey = new AuditMacKey(ChainFixtures.MAC_KEY);
		this.verifier = new AuditChainVerifier(this.database.dataSource(), macKey,
				new AuditAnchors(java.nio.file.Path.of("no-anchors"), "parley", () -> null));
		AuditWriter writer = new AuditWriter(Clock.systemUTC(), macKey);
		try (Connection connection = this.database.appDataSource().getConnection()) {
			connection.setAutoCommit(false);
			for (int i = 1; i <= 5; i++) {
				writer.append(connection,
						List.of(new AuditEntryDraft("field.mx", AuditAction.UPDATE, "Case", Integer.toString(i), 7L,
								new TreeMap<>(Map.of("title", new FieldChange("old " + i, "new \"" + i + "\"\n"))),
								(i == 3) ? "breach reported" : null, null, (i % 2 == 0 || i == 5) ? 42L : null)));
				connection.commit();
			}
		}
	}

	@Test
	void anUntouchedChainVerifies() {
		AuditChainReport report = this.verifier.verify();

		assertThat(report.intact()).isTrue();
		assertThat(report.entriesChecked()).isEqualTo(5);
		assertThat(report.headSeq()).isEqualTo(5);
		assertThat(report.headHash()).hasSize(64);
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteAnEntry() throws SQLException {
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_entry SET actor = 'someone' WHERE seq = 2"))
				.hasMessageContaining("append-only");
			assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_entry WHERE seq = 2"))
				.hasMessageContaining("append-only");
			assertThatThrownBy(() -> statement.executeUpdate("TRUNCATE audit_entry"))
				.hasMessageContaining("append-only");
		}
		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void anEntryEditedBehindTheTriggersBackIsReported() throws SQLException {
		tamper("UPDATE audit_entry SET reason = 'nothing happened' WHERE seq = 3");

		AuditChainReport report = this.verifier.verify();

		assertThat(report.intact()).isFalse();
		assertThat(report.problems()).containsExactly(
				new AuditChainReport.Problem(3, AuditChainReport.Kind.CONTENT_ALTERED),
				new AuditChainReport.Problem(3, AuditChainReport.Kind.MAC_INVALID));
	}

	@Test
	void anEntryEditedWithItsHashRecomputedBreaksTheLinkToTheNext() throws SQLException {
		String forged = AuditHashes.hash(2, java.time.Instant.parse("2026-01-01T00:00:00Z"), "someone", "UPDATE",
				"Case", "2", 7L, "{}", null, AuditHashes.GENESIS);
		tamper("UPDATE audit_entry SET actor = 'someone', hash = '" + forged + "' WHERE seq = 2");

		AuditChainReport report = this.verifier.verify();

		assertThat(report.problems()).contains(new AuditChainReport.Problem(2, AuditChainReport.Kind.CONTENT_ALTERED),
				new AuditChainReport.Problem(3, AuditChainReport.Kind.LINK_BROKEN));
	}

	@Test
	void aDeletedEntryIsReported() throws SQLException {
		tamper("DELETE FROM audit_entry WHERE seq = 4");

		AuditChainReport report = this.verifier.verify();

		assertThat(report.entriesChecked()).isEqualTo(4);
		assertThat(report.problems()).contains(new AuditChainReport.Problem(5, AuditChainReport.Kind.SEQUENCE_GAP),
				new AuditChainReport.Problem(5, AuditChainReport.Kind.LINK_BROKEN));
	}

	@Test
	void swappedEntriesAreReported() throws SQLException {
		tamper("UPDATE audit_entry SET seq = 100 WHERE seq = 2", "UPDATE audit_entry SET seq = 2 WHERE seq = 3",
				"UPDATE audit_entry SET seq = 3 WHERE seq = 100");

		AuditChainReport report = this.verifier.verify();

		assertThat(report.intact()).isFalse();
		assertThat(report.problems()).extracting(AuditChainReport.Problem::seq).contains(2L, 3L);
	}

	@Test
	void entriesAboutACaseFormTheCasesOwnChain() throws SQLException {
		try (Connection connection = this.database.connection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet rs = statement.executeQuery(
						"SELECT seq, case_seq, case_prev_hash, hash FROM audit_entry WHERE case_id = 42 ORDER BY seq")) {
			String previous = AuditHashes.GENESIS;
			int expected = 1;
			while (rs.next()) {
				assertThat(rs.getInt("case_seq")).isEqualTo(expected++);
				assertThat(rs.getString("case_prev_hash")).isEqualTo(previous);
				previous = rs.getString("hash");
			}
			assertThat(expected).isEqualTo(4); // entries 2, 4 and 5
		}
	}

	@Test
	void anEntryTakenOutOfItsCaseIsReported() throws SQLException {
		tamper("UPDATE audit_entry SET case_id = NULL, case_seq = NULL, case_prev_hash = NULL WHERE seq = 4");

		AuditChainReport report = this.verifier.verify();

		assertThat(report.problems()).contains(new AuditChainReport.Problem(4, AuditChainReport.Kind.CONTENT_ALTERED),
				new AuditChainReport.Problem(5, AuditChainReport.Kind.CASE_LINK_BROKEN));
	}

	/**
	 * What an attacker with superuser access could do: switch the triggers off and edit
	 * rows.
	 */
	private void tamper(String... statements) throws SQLException {
		try (Connection connection = this.database.connection(); Statement statement = connection.createStatement()) {
			statement.execute("SET session_replication_role = replica");
			for (String sql : statements) {
				statement.executeUpdate(sql);
			}
		}
	}

}
