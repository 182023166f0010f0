package org.parley.dossier;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.parley.negotiation.CaseFixtures;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.step.rounds.Channel;
import org.parley.negotiation.step.rounds.RoundForm;
import org.parley.negotiation.step.rounds.RoundView;
import org.parley.negotiation.step.rounds.Rounds;
import org.parley.negotiation.CaseAccess;
import org.parley.shared.CurrentUser;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's target: the dossier of a case with 2,000 history entries is written in under
 * 2 s. A field officer records 400 rounds and edits each of them, through the rounds
 * service (so every write is audited as in production), until the case's own chain holds
 * 2,000 entries; then the team's auditor exports the dossier (PDF, JSON, CSVs, history,
 * signed manifest) a few times and the times are printed.
 * <p>
 * Tagged {@code performance}: not part of {@code ./mvnw verify}. Run it with
 * {@code ./mvnw verify -Dtest=DossierExportPerformanceTest -Dparley.test.excludedGroups=none
 * -Dparley.test.argLine=-Xmx512m -Dsurefire.failIfNoSpecifiedTests=false
 * -Dparley.dependency-report.phase=none} (docs/performance.md).
 */
@IntegrationTest
@Tag("performance")
class DossierExportPerformanceTest {

	private static final int HISTORY_ENTRIES = 2000;

	private static final int ROUNDS = 200;

	private static final long TARGET_MILLIS = 2000;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Rounds rounds;

	@Autowired
	CaseAccess access;

	@Autowired
	Dossiers dossiers;

	@Test
	void theDossierOfACaseWithTwoThousandHistoryEntriesIsWrittenInUnderTwoSeconds() throws Exception {
		long caseId = CaseFixtures.aCaseAt(MethodStep.NEGOTIATION_ROUNDS, this.mvc, this.users, this.jdbc);
		CurrentUser officer = signIn("field.mx");
		long started = System.nanoTime();
		int round = 0;
		List<Long> ids = new ArrayList<>();
		while (entries(caseId) < HISTORY_ENTRIES) {
			round++;
			if (ids.size() < ROUNDS) {
				ids.add(this.rounds.add(caseId, form(round, "first account"), officer));
			}
			else {
				long id = ids.get(round % ids.size());
				RoundView view = this.rounds.one(this.access.toRead(caseId, officer), id);
				this.rounds.update(caseId, id, view.version(), form(round, "corrected account"), officer);
			}
		}
		long entries = entries(caseId);
		System.out.printf("PERF dossier: case %d has %d history entries, %d rounds (written in %d ms)%n", caseId,
				entries, ids.size(), (System.nanoTime() - started) / 1_000_000);

		CurrentUser auditor = signIn("auditor");
		List<Long> times = new ArrayList<>();
		long bytes = 0;
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			Dossiers.Prepared prepared = this.dossiers.prepare(this.dossiers.authorise(caseId, auditor),
					Locale.ENGLISH);
			Counting out = new Counting();
			this.dossiers.write(prepared, "Performance measurement", out);
			times.add((System.nanoTime() - start) / 1_000_000);
			bytes = out.count;
		}
		System.out.printf("PERF dossier: %d bytes; export times in ms (first is cold): %s%n", bytes, times);
		assertThat(entries).isGreaterThanOrEqualTo(HISTORY_ENTRIES);
		assertThat(times.stream().skip(1).mapToLong(Long::longValue).min().orElseThrow())
			.as("a warm export of the dossier, ms")
			.isLessThan(TARGET_MILLIS);
	}

	private long entries(long caseId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE case_id = ?", Long.class, caseId);
	}

	private CurrentUser signIn(String username) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return (CurrentUser) user;
	}

	private static RoundForm form(int n, String account) {
		String text = "Round " + n + ", " + account + ": the commander asked about the convoy's route and the"
				+ " number of vehicles; we offered to share the schedule a day ahead.";
		return new RoundForm(LocalDate.of(2026, 1, 1).plusDays(n % 300), Channel.PHONE, "Chilpancingo", "Mateo Ramírez",
				"Commander of the northern front", text, "The schedule a day ahead", text, "Passage on Tuesdays",
				"The number of escorts", "Convoy allowed on " + n, "Call again", LocalDate.of(2026, 12, 1), false,
				false, null, false, false, false, false, null, null);
	}

	private static final class Counting extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
