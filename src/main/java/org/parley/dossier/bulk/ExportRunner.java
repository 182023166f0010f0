package org.parley.dossier.bulk;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.parley.dossier.DossierIntegrityException;
import org.parley.dossier.Dossiers;
import org.parley.incident.ClassifiedIncidents;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.TeamCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs bulk exports one at a time on a thread of their own: counts the team's cases of
 * the period, then writes their dossiers one after the other into one ZIP file, each
 * streamed straight to disk (the outer ZIP stores the dossiers without compressing them
 * again), so memory stays flat however many cases there are. A case whose attachments
 * changed after upload is left out before its dossier's first byte, named with the reason
 * on the export's row, and the others go on; {@value ExportSummary#PATH}, written last,
 * lists both. The row's progress moves case by case; the file appears under its final
 * name only when complete. Also expires old exports and, at start, fails the jobs a stop
 * interrupted.
 */
@Component
public class ExportRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

	private static final int PAGE = 500;

	/** Why a case is left out: attached files changed after upload. */
	static final String INTEGRITY_FAILURE = "INTEGRITY_FAILURE";

	private final ExportStore store;

	private final Dossiers dossiers;

	private final CaseQueries cases;

	private final ExportProperties properties;

	private final TeamCalendar calendar;

	private final Clock clock;

	private final MessageSource messages;

	private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "dossier-export");
		thread.setDaemon(true);
		return thread;
	});

	private final ClassifiedIncidents classified;

	/** Without the count of withheld strictly confidential incidents (tests). */
	public ExportRunner(ExportStore store, Dossiers dossiers, CaseQueries cases, ExportProperties properties,
			TeamCalendar calendar, Clock clock, MessageSource messages) {
		this(store, dossiers, cases, properties, calendar, clock, messages, null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	public ExportRunner(ExportStore store, Dossiers dossiers, CaseQueries cases, ExportProperties properties,
			TeamCalendar calendar, Clock clock, MessageSource messages, ClassifiedIncidents classified) {
		this.classified = classified;
		this.store = store;
		this.dossiers = dossiers;
		this.cases = cases;
		this.properties = properties;
		this.calendar = calendar;
		this.clock = clock;
		this.messages = messages;
	}

	/** Queues the job; it runs after those before it. */
	public void submit(Job job) {
		this.executor.execute(() -> run(job));
	}

	/**
	 * Waits until the jobs queued so far have run (they run one at a time, in order).
	 * @return whether they did within the time
	 */
	public boolean awaitQueued(java.time.Duration timeout) throws InterruptedException {
		try {
			this.executor.submit(() -> {
			}).get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
			return true;
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
			return false;
		}
	}

	/** Runs a job on the calling thread, as the user who asked for it. */
	public void run(Job job) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(job.authentication());
		SecurityContextHolder.setContext(context);
		Path part = null;
		try {
			List<Long> caseIds = caseIds(job);
			this.store.start(job.id(), caseIds.size());
			Files.createDirectories(this.properties.dir());
			String fileName = "export-" + job.id() + ".zip";
			part = this.properties.dir().resolve(fileName + ".part");
			try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(part), 64 * 1024);
					ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8)) {
				zip.setLevel(Deflater.NO_COMPRESSION);
				ExportSummary summary = new ExportSummary();
				int done = 0;
				for (long caseId : caseIds) {
					write(job, caseId, zip, summary);
					done++;
					this.store.progress(job.id(), done);
				}
				ZipEntry entry = new ZipEntry(ExportSummary.PATH);
				entry.setTime(this.clock.millis());
				zip.putNextEntry(entry);
				zip.write(summary.json(job, this.clock.instant()));
				zip.closeEntry();
			}
			Path complete = this.properties.dir().resolve(fileName);
			Files.move(part, complete, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			part = null;
			this.store.ready(job.id(), fileName, Files.size(complete), this.clock.instant(),
					this.clock.instant().plus(this.properties.ttl()));
		}
		catch (Exception ex) {
			log.error("Bulk export {} failed", job.id(), ex);
			this.store.failed(job.id(), this.clock.instant());
		}
		finally {
			SecurityContextHolder.clearContext();
			if (part != null) {
				try {
					Files.deleteIfExists(part);
				}
				catch (IOException ex) {
					log.warn("Could not delete the unfinished export file {}", part);
				}
			}
		}
	}

	private void write(Job job, long caseId, ZipOutputStream zip, ExportSummary summary) throws IOException {
		Dossiers.Prepared dossier;
		try {
			dossier = this.dossiers.prepare(this.dossiers.authorise(caseId, job.user()), job.locale());
		}
		catch (CaseNotFoundException ex) {
			// moved to another team or gone since the job counted it: not the user's to
			// export
			return;
		}
		catch (DossierIntegrityException ex) {
			log.warn("Bulk export {} leaves case {} out: attached file(s) {} changed after upload", job.id(), caseId,
					ex.files().stream().map(DossierIntegrityException.ChangedFile::documentId).toList());
			this.store.caseFailed(job.id(), caseId, INTEGRITY_FAILURE, ex.filenames());
			summary.failed(caseId, INTEGRITY_FAILURE,
					this.messages.getMessage("exports.failed." + INTEGRITY_FAILURE,
							new Object[] { Long.toString(caseId), String.join(", ", ex.filenames()) }, job.locale()),
					ex.files());
			return;
		}
		ZipEntry entry = new ZipEntry(Dossiers.filename(caseId));
		entry.setTime(this.clock.millis());
		zip.putNextEntry(entry);
		this.dossiers.write(dossier, job.reason(), zip);
		zip.closeEntry();
		summary.exported(caseId, Dossiers.filename(caseId));
		long withheld = (this.classified != null) ? this.classified.withheldFromCase(caseId, job.user()) : 0;
		if (withheld > 0) {
			summary.withheld(caseId, "Incident", withheld, this.messages.getMessage("exports.withheld.incidents",
					new Object[] { withheld, Long.toString(caseId) }, job.locale()));
		}
		long rounds = this.cases.redactedRounds(caseId, job.user());
		if (rounds > 0) {
			summary.withheld(caseId, "NegotiationRound", rounds, this.messages.getMessage("exports.withheld.rounds",
					new Object[] { rounds, Long.toString(caseId) }, job.locale()));
		}
	}

	/**
	 * The team's cases the user may read that were open at some time in the period:
	 * opened before its end and changed on or after its start, oldest first.
	 */
	private List<Long> caseIds(Job job) {
		java.time.Instant start = job.from().atStartOfDay(this.calendar.zone()).toInstant();
		java.time.Instant end = job.to().plusDays(1).atStartOfDay(this.calendar.zone()).toInstant();
		CaseQueries.CaseFilter filter = new CaseQueries.CaseFilter(false, null, null, null, null, job.teamId(), false);
		List<Long> ids = new ArrayList<>();
		String cursor = null;
		do {
			KeysetPage<CaseView> page = this.cases.page(job.user(), filter, cursor, PAGE);
			for (CaseView view : page.items()) {
				if (view.createdAt().isBefore(end) && !view.updatedAt().isBefore(start)) {
					ids.add(view.id());
				}
			}
			cursor = page.nextCursor();
		}
		while (cursor != null);
		ids.sort(null);
		return ids;
	}

	/** Jobs that were queued or running when Parley stopped will not resume. */
	@EventListener(ApplicationReadyEvent.class)
	public void failInterrupted() {
		int failed = this.store.failUnfinished(this.clock.instant());
		if (failed > 0) {
			log.warn("{} bulk export(s) interrupted by the last stop are marked failed", failed);
		}
	}

	/** Deletes the files of exports past their time, and marks them expired. */
	public int expire() {
		List<ExportStore.Expired> expired = this.store.expiredBy(this.clock.instant());
		for (ExportStore.Expired export : expired) {
			try {
				if (export.fileName() != null) {
					Files.deleteIfExists(this.properties.dir().resolve(export.fileName()));
				}
				this.store.expire(export.id());
			}
			catch (IOException ex) {
				log.warn("Could not delete the expired export file {}: {}", export.fileName(), ex.getMessage());
			}
		}
		return expired.size();
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/**
	 * One bulk export to make.
	 *
	 * @param authentication the requester's sign-in, under which the job runs
	 */
	public record Job(long id, CurrentUser user, Authentication authentication, long teamId, LocalDate from,
			LocalDate to, Locale locale, String reason) {

	}

}
