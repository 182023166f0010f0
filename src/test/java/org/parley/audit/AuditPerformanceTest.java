package org.parley.audit;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's targets for the audit log: at least 1,000 appends a second under 8
 * concurrent writers, and the verification of 1,000,000 entries in under 10 s.
 * <p>
 * Tagged {@code performance}: not part of {@code ./mvnw verify}. Run it with
 * {@code ./mvnw verify -Dtest=AuditPerformanceTest -Dparley.test.excludedGroups=none
 * -Dparley.test.argLine=-Xmx512m -Dsurefire.failIfNoSpecifiedTests=false
 * -Dparley.dependency-report.phase=none} (docs/performance.md).
 */
@IntegrationTest
@Tag("performance")
class AuditPerformanceTest {

	private static final int WRITERS = 8;

	private static final int APPENDS_PER_WRITER = 1000;

	private static final int MILLION = 1_000_000;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	AuditMacKey macKey;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Each writer records events about cases of its own, each in a transaction of its
	 * own, through {@link AuditLog#record}: the advisory lock, the reads of the chain's
	 * and the case's heads, the insert and the commit, as every audited change pays them.
	 */
	@Test
	void eightWritersAppendAtLeastAThousandEntriesASecond() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		long before = count();
		long start = System.nanoTime();
		List<Future<?>> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			long writer = w;
			writers.add(pool.submit(() -> {
				for (int i = 0; i < APPENDS_PER_WRITER; i++) {
					this.auditLog.record("perf.writer" + writer, AuditAction.UPDATE, "NegotiationCase",
							Long.toString(900_000 + writer), 1L, 900_000 + writer,
							Map.of("title", new FieldChange("old " + i, "new " + i)), null);
				}
				return null;
			}));
		}
		for (Future<?> writer : writers) {
			writer.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		long appended = count() - before;
		double rate = appended / seconds;
		System.out.printf("PERF audit append: %d entries by %d writers in %.2f s: %.0f entries/s%n", appended, WRITERS,
				seconds, rate);
		assertThat(appended).isEqualTo((long) WRITERS * APPENDS_PER_WRITER);
		assertThat(rate).as("appends a second").isGreaterThanOrEqualTo(1000);
	}

	/**
	 * A million entries, hashed and MACed with the application's own code and written
	 * with COPY on top of the demo's chain (nine in ten filed under one of 2,000 cases),
	 * then the whole chain verified.
	 */
	@Test
	void aMillionEntriesAreVerifiedInUnderTenSeconds() throws Exception {
		long start = System.nanoTime();
		generate(MILLION);
		System.out.printf("PERF audit generate: %d entries in %.1f s%n", MILLION, (System.nanoTime() - start) / 1e9);
		this.jdbc.execute("ANALYZE audit_entry");
		List<Double> times = new ArrayList<>();
		AuditChainReport report = null;
		for (int i = 0; i < 3; i++) {
			long t = System.nanoTime();
			report = this.verifier.verify();
			times.add((System.nanoTime() - t) / 1e9);
		}
		System.out.printf("PERF audit verify: %d entries, intact %s, times in s %s%n", report.entriesChecked(),
				report.intact(), times);
		assertThat(report.intact()).as("%s", report.problems()).isTrue();
		assertThat(report.entriesChecked()).isGreaterThanOrEqualTo(MILLION);
		assertThat(times.stream().mapToDouble(Double::doubleValue).min().orElseThrow()).isLessThan(10.0);
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry", Long.class);
	}

	/** Appends entries after the head, as the writer would have, with COPY. */
	private void generate(int count) throws SQLException, IOException {
		try (Connection connection = this.dataSource.getConnection()) {
			long seq = 0;
			String prevHash = AuditHashes.GENESIS;
			try (Statement head = connection.createStatement();
					ResultSet rs = head.executeQuery("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")) {
				if (rs.next()) {
					seq = rs.getLong(1);
					prevHash = rs.getString(2);
				}
			}
			Map<Long, String[]> caseHeads = new HashMap<>();
			Instant at = Instant.parse("2026-01-01T00:00:00Z");
			StringBuilder batch = new StringBuilder(8 << 20);
			for (int i = 0; i < count; i++) {
				seq++;
				at = at.plusMillis(1);
				Long caseId = (i % 10 == 0) ? null : 800_000L + (i % 2000);
				String[] caseHead = (caseId != null)
						? caseHeads.computeIfAbsent(caseId, (id) -> new String[] { "0", AuditHashes.GENESIS }) : null;
				Integer caseSeq = (caseHead != null) ? Integer.parseInt(caseHead[0]) + 1 : null;
				String casePrev = (caseHead != null) ? caseHead[1] : null;
				String changes = "{\"title\":{\"from\":\"old " + i + "\",\"to\":\"new " + i + "\"}}";
				String entityId = Long.toString((caseId != null) ? caseId : 7);
				String canonical = AuditHashes.canonical(seq, at, "perf.generator", "UPDATE", "NegotiationCase",
						entityId, 1L, changes, null, prevHash, caseId, caseSeq, casePrev);
				String hash = AuditHashes.sha256(canonical);
				batch.append(seq)
					.append('\t')
					.append(at)
					.append("\tperf.generator\tUPDATE\tNegotiationCase\t")
					.append(entityId)
					.append("\t1\t")
					.append(changes.replace("\\", "\\\\"))
					.append("\t\\N\t")
					.append(prevHash)
					.append('\t')
					.append(hash)
					.append('\t');
				if (caseId != null) {
					batch.append(caseId).append('\t').append(caseSeq).append('\t').append(casePrev);
					caseHead[0] = Integer.toString(caseSeq);
					caseHead[1] = hash;
				}
				else {
					batch.append("\\N\t\\N\t\\N");
				}
				batch.append('\t').append(this.macKey.mac(canonical)).append('\n');
				prevHash = hash;
				if (batch.length() > (7 << 20) || i == count - 1) {
					connection.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyIn("COPY audit_entry (seq, occurred_at, actor, action, entity_type, entity_id, team_id,"
								+ " changes, reason, prev_hash, hash, case_id, case_seq, case_prev_hash, mac)"
								+ " FROM STDIN", new StringReader(batch.toString()));
					batch.setLength(0);
				}
			}
		}
	}

}
