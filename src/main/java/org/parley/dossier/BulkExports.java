package org.parley.dossier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.parley.dossier.bulk.ExportProperties;
import org.parley.dossier.bulk.ExportRunner;
import org.parley.dossier.bulk.ExportStore;
import org.parley.dossier.packaging.OrganisationSigning;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * All cases of a team and period as one ZIP of dossiers, made in the background for an
 * auditor or HQ reviewer of the team, downloadable by them alone until it expires.
 */
@Service
public class BulkExports {

	private final ExportStore store;

	private final ExportRunner runner;

	private final OrganisationSigning signing;

	private final ExportProperties properties;

	private final Clock clock;

	BulkExports(ExportStore store, ExportRunner runner, OrganisationSigning signing, ExportProperties properties,
			Clock clock) {
		this.store = store;
		this.runner = runner;
		this.signing = signing;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Queues an export of the team's cases open at some time in the period.
	 * @throws AccessDeniedException unless the user is an auditor or HQ reviewer of the
	 * team
	 * @throws RuleViolation on {@code to} when the period ends before it starts
	 * @throws SigningUnavailableException without a signing key
	 */
	public ExportView request(CurrentUser user, long teamId, LocalDate from, LocalDate to, Locale locale,
			String reason) {
		if (!Dossiers.mayExport(user) || !user.teamIds().contains(teamId)) {
			throw new AccessDeniedException("Only auditors and HQ reviewers of the team export its cases");
		}
		if (to.isBefore(from)) {
			throw new RuleViolation("to", "exports.period.order");
		}
		this.signing.packager();
		long id = this.store.create(user.username(), teamId, from, to, locale.getLanguage(), reason,
				this.clock.instant());
		this.runner.submit(new ExportRunner.Job(id, user, SecurityContextHolder.getContext().getAuthentication(),
				teamId, from, to, locale, reason));
		return this.store.find(id).orElseThrow();
	}

	/** One of the user's exports. */
	public ExportView get(long id, CurrentUser user) {
		return this.store.find(id)
			.filter((export) -> export.requestedBy().equals(user.username()))
			.orElseThrow(() -> new ExportNotFoundException(id));
	}

	/** The exports the user made, newest first. */
	public KeysetPage<ExportView> madeBy(CurrentUser user, Long cursor, int size) {
		List<ExportView> rows = this.store.madeBy(user.username(), cursor, size + 1);
		return KeysetPage.of(rows, size, (row) -> Long.toString(row.id()));
	}

	/**
	 * The finished export's ZIP file.
	 * @throws ExportNotReadyException while it is made, or once it failed or expired
	 */
	public Path file(long id, CurrentUser user) {
		ExportView export = get(id, user);
		Path file = this.store.fileName(id).map((name) -> this.properties.dir().resolve(name)).orElse(null);
		if (export.status() != ExportStatus.READY || file == null || !Files.isRegularFile(file)) {
			throw new ExportNotReadyException(export.status());
		}
		return file;
	}

}
