package org.parley.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.audit.AuditLog;
import org.parley.audit.AuditQueries;
import org.parley.audit.ReadLog;
import org.parley.document.Documents;
import org.parley.dossier.bulk.ExportProperties;
import org.parley.dossier.bulk.ExportRunner;
import org.parley.dossier.bulk.ExportStore;
import org.parley.dossier.packaging.OrganisationSigning;
import org.parley.identity.Role;
import org.parley.identity.UserAdministration;
import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseQueries;
import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bulk export of a few thousand cases keeps the heap flat: dossiers are streamed to the
 * file one after the other. Each case's content here is 96 KB of random bytes (so the
 * export file is about 200 MB); the real packaging, audit entries, read records and
 * signatures are made for every case. Were the dossiers held in memory, the live heap
 * would grow by the file's size; the bound is a small fraction of it.
 */
@IntegrationTest
class BulkExportMemoryTest {

	private static final int CASES = 2000;

	private static final int CONTENT_BYTES = 96 * 1024;

	private static final long HEAP_GROWTH_BOUND = 48L * 1024 * 1024;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserAdministration administration;

	@Autowired
	UserDetailsService users;

	@Autowired
	CaseAccess access;

	@Autowired
	CaseQueries cases;

	@Autowired
	Documents documents;

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditQueries auditQueries;

	@Autowired
	ReadLog readLog;

	@Autowired
	OrganisationSigning signing;

	@Autowired
	ExportStore store;

	@Autowired
	TeamCalendar calendar;

	@Autowired
	Clock clock;

	@Autowired
	MessageSource messages;

	@TempDir
	Path dir;

	@Test
	void aBulkExportOfThousandsOfCasesKeepsTheHeapFlat() throws Exception {
		// A team and an auditor of their own, so the generated cases change nothing other
		// tests see.
		long team = this.jdbc.queryForObject(
				"INSERT INTO team (name, description, created_at) VALUES ('Bulk test team', 'Generated', now()) RETURNING id",
				Long.class);
		ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser("bulk.auditor", "Bulk Auditor", EnumSet.of(Role.AUDITOR), Set.of(team)));
		insertCases(team);
		byte[] noise = new byte[CONTENT_BYTES];
		new Random(42).nextBytes(noise);
		CaseDossierContent bulky = new CaseDossierContent() {
			@Override
			public List<DossierFile> files(DossierRequest request) {
				return List.of(new DossierFile() {
					@Override
					public String path() {
						return "case.pdf";
					}

					@Override
					public void writeTo(OutputStream out) throws IOException {
						out.write(noise);
					}
				});
			}

			@Override
			public List<Attachment> attachments(DossierRequest request) {
				return List.of();
			}
		};
		Dossiers dossiers = new Dossiers(this.access, this.cases, bulky, this.documents, this.auditLog,
				this.auditQueries, this.readLog, this.signing, this.clock);
		ExportRunner runner = new ExportRunner(this.store, dossiers, this.cases,
				new ExportProperties(this.dir, Duration.ofDays(7)), this.calendar, this.clock, this.messages);
		UserDetails auditor = this.users.loadUserByUsername("bulk.auditor");
		long id = this.store.create("bulk.auditor", team, LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "en",
				null, this.clock.instant());
		ExportRunner.Job job = new ExportRunner.Job(id, (CurrentUser) auditor,
				UsernamePasswordAuthenticationToken.authenticated(auditor, null, auditor.getAuthorities()), team,
				LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), Locale.ENGLISH, "Heap test");

		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		long baseline = liveHeap(memory);
		AtomicLong peak = new AtomicLong(baseline);
		AtomicBoolean running = new AtomicBoolean(true);
		Thread sampler = new Thread(() -> {
			while (running.get()) {
				peak.accumulateAndGet(liveHeap(memory), Math::max);
				java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
			}
		});
		sampler.start();
		try {
			runner.run(job);
		}
		finally {
			running.set(false);
			sampler.join();
		}

		ExportView done = this.store.find(id).orElseThrow();
		assertThat(done.status()).isEqualTo(ExportStatus.READY);
		assertThat(done.done()).isEqualTo(CASES);
		long fileSize = Files.size(this.dir.resolve("export-" + id + ".zip"));
		assertThat(fileSize).isGreaterThan((long) CASES * CONTENT_BYTES);
		assertThat(peak.get() - baseline).as("live heap growth during the export of %d bytes", fileSize)
			.isLessThan(HEAP_GROWTH_BOUND);
	}

	/**
	 * Copies of a demo case, opened and changed in 2019, moved to the test team, by SQL.
	 * Its next step is left out: sealed for the demo's team, it would not open in
	 * another's.
	 */
	private void insertCases(long team) {
		List<String> columns = this.jdbc.queryForList("""
				SELECT column_name FROM information_schema.columns
				WHERE table_schema = 'parley' AND table_name = 'negotiation_case'
				  AND column_name NOT IN ('id', 'team_id', 'title', 'created_at', 'updated_at', 'next_step',
				                          'next_step_due')
				ORDER BY ordinal_position""", String.class);
		String copied = String.join(", ", columns);
		this.jdbc.update(
				"INSERT INTO negotiation_case (" + copied + ", team_id, title, created_at, updated_at)" + " SELECT "
						+ copied + ", " + team
						+ ", 'Generated case ' || n, timestamptz '2019-03-01' + n * interval '1 minute',"
						+ " timestamptz '2019-06-01' + n * interval '1 minute'"
						+ " FROM (SELECT * FROM negotiation_case ORDER BY id LIMIT 1) c, generate_series(1, ?) n",
				CASES);
	}

	/**
	 * The heap in use after a full collection: what is live, not garbage not yet
	 * collected.
	 */
	private static long liveHeap(MemoryMXBean memory) {
		System.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}

}
