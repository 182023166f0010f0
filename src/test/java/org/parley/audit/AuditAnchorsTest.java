package org.parley.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.support.FreshDatabase;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a database administrator can do behind Parley's back, and how the verification
 * still sees it (decision 0019): a chain shortened, rewritten whole with every hash
 * recomputed, or lengthened by an entry written in SQL. Six entries written as Parley
 * writes them, an anchor of all six in a folder; each tampering is done as the owner in a
 * transaction of its own, verified on that connection, and rolled back.
 */
class AuditAnchorsTest {

	private static final AuditChainReport.Kind MAC_MISSING = AuditChainReport.Kind.MAC_MISSING;

	@TempDir
	static Path anchorDir;

	@TempDir
	static Path elsewhere;

	private static FreshDatabase database;

	private static ChainFixtures.TestSigner signer;

	private static AnchorFile anchor;

	@BeforeAll
	static void sixEntriesAndAnAnchorOfThem() throws SQLException, IOException {
		database = new FreshDatabase();
		database.migrate();
		ChainFixtures.append(database.appDataSource(), 6);
		signer = new ChainFixtures.TestSigner();
		String head;
		try (Connection connection = database.connection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT hash FROM audit_entry WHERE seq = 6")) {
			rs.next();
			head = rs.getString(1);
		}
		anchor = anchors(anchorDir).write(6, head, Instant.parse("2026-11-23T03:17:00Z"), 1L);
	}

	@Test
	void anUntouchedChainAgreesWithItsAnchor() throws SQLException {
		AuditChainReport report = tampered(anchorDir);

		assertThat(report.problems()).isEmpty();
		assertThat(report.anchors().checked()).isEqualTo(1);
		assertThat(report.anchors().latest().name()).isEqualTo(anchor.name());
		assertThat(report.macs().from()).isEqualTo(1L);
		assertThat(report.macs().entriesBefore()).isZero();
	}

	@Test
	void aWholeChainRewrittenConsistentlyInSqlIsReportedAgainstTheLastAnchor() throws SQLException {
		try (Connection owner = database.connection()) {
			owner.setAutoCommit(false);
			try {
				rewriteEveryEntry(owner, "someone else");
				SingleConnectionDataSource same = new SingleConnectionDataSource(owner, true);
				AuditChainReport withoutMacs = new AuditChainVerifier(same, null, anchors(anchorDir)).verify();
				AuditChainReport full = new AuditChainVerifier(same, new AuditMacKey(ChainFixtures.MAC_KEY),
						anchors(anchorDir))
					.verify();

				// Hashes, links and the case's chain all hold: only the anchor shows it.
				assertThat(withoutMacs.problems()).containsExactly(
						new AuditChainReport.Problem(6, AuditChainReport.Kind.ANCHOR_HASH_DIFFERS, anchor.name()));
				// With the key, every rewritten entry's MAC is wrong too.
				assertThat(full.problems()).contains(
						new AuditChainReport.Problem(6, AuditChainReport.Kind.ANCHOR_HASH_DIFFERS, anchor.name()),
						new AuditChainReport.Problem(1, AuditChainReport.Kind.MAC_INVALID));
			}
			finally {
				owner.rollback();
			}
		}
	}

	@Test
	void entriesRemovedFromTheEndAreReportedAgainstTheAnchor() throws SQLException {
		AuditChainReport report = tampered(anchorDir, "DELETE FROM audit_entry WHERE seq > 4");

		assertThat(report.headSeq()).isEqualTo(4);
		assertThat(report.problems())
			.containsExactly(new AuditChainReport.Problem(6, AuditChainReport.Kind.ANCHOR_BEYOND_HEAD, anchor.name()));
	}

	@Test
	void anEntryAppendedInSqlWithItsHashRecomputedButNoMacIsReported() throws SQLException {
		AuditChainReport report = tampered(anchorDir, forgedSeventh(null));

		assertThat(report.problems()).containsExactly(new AuditChainReport.Problem(7, MAC_MISSING));
	}

	@Test
	void anEntryAppendedInSqlWithAMacMadeUpIsReported() throws SQLException {
		AuditChainReport report = tampered(anchorDir, forgedSeventh("ab".repeat(32)));

		assertThat(report.problems())
			.containsExactly(new AuditChainReport.Problem(7, AuditChainReport.Kind.MAC_INVALID));
	}

	@Test
	void anAnchorWhoseSignatureNoLongerHoldsIsReported() throws IOException, SQLException {
		Path folder = Files.createDirectories(elsewhere.resolve("changed"));
		String json = Files.readString(anchorDir.resolve(anchor.name())).replace("\"entries\" : 6", "\"entries\" : 5");
		Files.writeString(folder.resolve(anchor.name()), json);
		Files.copy(anchorDir.resolve(anchor.name() + AnchorFiles.SIGNATURE_SUFFIX),
				folder.resolve(anchor.name() + AnchorFiles.SIGNATURE_SUFFIX));
		Files.writeString(folder.resolve("anchor-7-garbage.json"), "not an anchor");

		AuditChainReport report = tampered(folder);

		assertThat(report.problems()).containsExactlyInAnyOrder(
				new AuditChainReport.Problem(5, AuditChainReport.Kind.ANCHOR_SIGNATURE_INVALID, anchor.name()),
				new AuditChainReport.Problem(0, AuditChainReport.Kind.ANCHOR_UNREADABLE, "anchor-7-garbage.json"));
		assertThat(report.anchors().checked()).isZero();
	}

	@Test
	void entriesWrittenBeforeMacsAreCountedNotReportedButMacsStrippedAfterAnAnchorAre() throws SQLException {
		String strip = "UPDATE audit_entry SET mac = NULL WHERE seq <= 2";

		AuditChainReport withoutAnchors = tampered(elsewhere.resolve("none"), strip);
		AuditChainReport againstTheAnchor = tampered(anchorDir, strip);

		assertThat(withoutAnchors.problems()).isEmpty();
		assertThat(withoutAnchors.macs().entriesBefore()).isEqualTo(2);
		assertThat(withoutAnchors.macs().from()).isEqualTo(3L);
		// The anchor says entries carried MACs from the first: stripped, they show.
		assertThat(againstTheAnchor.problems()).containsExactly(new AuditChainReport.Problem(1, MAC_MISSING),
				new AuditChainReport.Problem(2, MAC_MISSING));
	}

	@Test
	void anchorsOfAnotherChainAreLeftAside() throws IOException, SQLException {
		Path folder = Files.createDirectories(elsewhere.resolve("other-chain"));
		new AuditAnchors(folder, "another-installation", () -> signer).write(3, "0".repeat(64), Instant.now(), 1L);

		AuditChainReport report = tampered(folder);

		assertThat(report.problems()).isEmpty();
		assertThat(report.anchors().ofOtherChains()).isEqualTo(1);
		assertThat(report.anchors().checked()).isZero();
	}

	private static AuditAnchors anchors(Path folder) {
		return new AuditAnchors(folder, "parley", () -> signer);
	}

	/**
	 * Verifies after the statements, run as the owner with the triggers off, then undone.
	 */
	private static AuditChainReport tampered(Path folder, String... statements) throws SQLException {
		try (Connection owner = database.connection()) {
			owner.setAutoCommit(false);
			try (Statement statement = owner.createStatement()) {
				statement.execute("SET LOCAL session_replication_role = replica");
				for (String sql : statements) {
					statement.execute(sql);
				}
				return new AuditChainVerifier(new SingleConnectionDataSource(owner, true),
						new AuditMacKey(ChainFixtures.MAC_KEY), anchors(folder))
					.verify();
			}
			finally {
				owner.rollback();
			}
		}
	}

	/** Entry 7, written in SQL with its hash and link right, as the owner could. */
	private static String forgedSeventh(String mac) throws SQLException {
		String prev;
		try (Connection connection = database.connection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT hash FROM audit_entry WHERE seq = 6")) {
			rs.next();
			prev = rs.getString(1);
		}
		Instant at = Instant.parse("2026-11-24T10:00:00Z");
		String hash = AuditHashes.hash(7, at, "field.mx", "DELETE", "Case", "9", 7L, "{}", null, prev);
		return "INSERT INTO audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, team_id, changes,"
				+ " prev_hash, hash, mac) VALUES (7, '" + at + "', 'field.mx', 'DELETE', 'Case', '9', 7, '{}', '" + prev
				+ "', '" + hash + "', " + ((mac != null) ? "'" + mac + "'" : "NULL") + ")";
	}

	/**
	 * Rewrites every entry in number order with a new actor, recomputing its hash, its
	 * link and its place in its case's chain: a chain that is whole again, but not the
	 * one anchored.
	 */
	private static void rewriteEveryEntry(Connection owner, String actor) throws SQLException {
		try (Statement statement = owner.createStatement()) {
			statement.execute("SET LOCAL session_replication_role = replica");
		}
		String prev = AuditHashes.GENESIS;
		Map<Long, String> caseHeads = new HashMap<>();
		try (PreparedStatement read = owner.prepareStatement("""
				SELECT seq, occurred_at, action, entity_type, entity_id, team_id, changes, reason, case_id, case_seq
				FROM audit_entry ORDER BY seq""");
				PreparedStatement write = owner.prepareStatement(
						"UPDATE audit_entry SET actor = ?, prev_hash = ?, case_prev_hash = ?, hash = ? WHERE seq = ?");
				ResultSet rs = read.executeQuery()) {
			while (rs.next()) {
				long seq = rs.getLong("seq");
				long caseId = rs.getLong("case_id");
				Long caseRef = rs.wasNull() ? null : caseId;
				Integer caseSeq = (caseRef != null) ? rs.getInt("case_seq") : null;
				String casePrev = (caseRef != null) ? caseHeads.getOrDefault(caseRef, AuditHashes.GENESIS) : null;
				long teamId = rs.getLong("team_id");
				Long team = rs.wasNull() ? null : teamId;
				String hash = AuditHashes.hash(seq, rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
						actor, rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"), team,
						rs.getString("changes"), rs.getString("reason"), prev, caseRef, caseSeq, casePrev);
				write.setString(1, actor);
				write.setString(2, prev);
				write.setString(3, casePrev);
				write.setString(4, hash);
				write.setLong(5, seq);
				write.executeUpdate();
				if (caseRef != null) {
					caseHeads.put(caseRef, hash);
				}
				prev = hash;
			}
		}
	}

}
