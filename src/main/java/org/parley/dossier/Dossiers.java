package org.parley.dossier;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditHashes;
import org.parley.audit.AuditLog;
import org.parley.audit.AuditQueries;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.document.DocumentIntegrityException;
import org.parley.document.Documents;
import org.parley.dossier.packaging.DossierPackager;
import org.parley.dossier.packaging.OrganisationSigning;
import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Makes a case's dossier: checks that the requester may take it away (an auditor or HQ
 * reviewer of the case's team) and that every attachment is still what was uploaded,
 * records the export in the case's chain before reading the chain (so the dossier holds
 * its own export), and streams the ZIP: the content files, the attachments unchanged
 * under {@code attachments/}, the case's audit entries, the signed manifest. The checks
 * all come before the first byte, so a dossier is refused whole or written whole, never
 * cut off half-way.
 */
@Service
public class Dossiers {

	/** The entity type the export entries are filed under, as the case's own entries. */
	static final String CASE_ENTITY = "NegotiationCase";

	private final CaseAccess access;

	private final CaseQueries cases;

	private final CaseDossierContent content;

	private final Documents documents;

	private final AuditLog auditLog;

	private final AuditQueries auditQueries;

	private final ReadLog readLog;

	private final OrganisationSigning signing;

	private final Clock clock;

	Dossiers(CaseAccess access, CaseQueries cases, CaseDossierContent content, Documents documents, AuditLog auditLog,
			AuditQueries auditQueries, ReadLog readLog, OrganisationSigning signing, Clock clock) {
		this.access = access;
		this.cases = cases;
		this.content = content;
		this.documents = documents;
		this.auditLog = auditLog;
		this.auditQueries = auditQueries;
		this.readLog = readLog;
		this.signing = signing;
		this.clock = clock;
	}

	/**
	 * Whether anyone may export the case: at least the role, before the case is asked.
	 */
	public static boolean mayExport(CurrentUser user) {
		return user.hasRole("AUDITOR") || user.hasRole("HQ_REVIEWER");
	}

	/**
	 * Checks that the user may take the case's dossier away and that dossiers can be
	 * signed; nothing is recorded yet.
	 * @throws org.parley.negotiation.CaseNotFoundException when the user may not read it
	 * @throws AccessDeniedException when they read it but are not auditor or HQ
	 * @throws SigningUnavailableException without a key
	 */
	public Grant authorise(long caseId, CurrentUser user) {
		CaseGrant grant = this.access.toRead(caseId, user);
		if (!mayExport(user)) {
			throw new AccessDeniedException("Only auditors and HQ reviewers of the team export dossiers");
		}
		this.signing.packager();
		return new Grant(grant, user);
	}

	/** The dossier's file name. */
	public static String filename(long caseId) {
		return "case-" + caseId + ".zip";
	}

	/**
	 * Reads which files the case's attachments are and checks each against the SHA-256
	 * recorded at upload, before anything is recorded or written. Nothing is read that
	 * the grant does not allow.
	 * @throws DossierIntegrityException naming every attachment that changed (each
	 * failure is written to the audit log as it is found)
	 */
	public Prepared prepare(Grant grant, Locale locale) {
		long caseId = grant.caseGrant().caseId();
		DossierRequest request = new DossierRequest(grant.caseGrant(), grant.user(), locale, this.clock.instant());
		List<CaseDossierContent.Attachment> attachments = distinct(this.content.attachments(request));
		List<DossierIntegrityException.ChangedFile> changed = new ArrayList<>();
		for (CaseDossierContent.Attachment attachment : attachments) {
			try {
				this.documents.verify(attachment.documentId(), grant.user());
			}
			catch (DocumentIntegrityException ex) {
				changed.add(new DossierIntegrityException.ChangedFile(attachment.documentId(), attachment.filename(),
						attachment.path()));
			}
		}
		if (!changed.isEmpty()) {
			throw new DossierIntegrityException(caseId, changed);
		}
		return new Prepared(grant, request, attachments);
	}

	/**
	 * Records the export and writes the prepared dossier to the stream (which is
	 * finished, not closed).
	 * @param reason why the dossier is taken, or null
	 */
	public void write(Prepared dossier, String reason, OutputStream out) throws IOException {
		DossierRequest request = dossier.request();
		long caseId = request.grant().caseId();
		CurrentUser user = request.requester();
		DossierPackager packager = this.signing.packager();
		CaseView view = this.cases.get(caseId, user);
		this.auditLog.record(user.username(), AuditAction.EXPORT, CASE_ENTITY, Long.toString(caseId), view.teamId(),
				caseId, Map.of(), reason);
		this.readLog.record(ReadAction.EXPORTED, CASE_ENTITY, Long.toString(caseId), caseId, view.teamId());
		List<DossierFile> files = new ArrayList<>(this.content.files(request));
		dossier.attachments().forEach((attachment) -> files.add(file(attachment, user)));
		packager.write(new DossierPackager.Dossier(caseId, view.title(), view.teamId(), view.teamName(),
				request.generatedAt(), user.username(), request.locale().getLanguage(), files,
				(each) -> this.auditQueries.caseEntries(caseId, each),
				() -> this.auditQueries.head()
					.map((AuditEntryView head) -> new DossierPackager.ChainHead(head.seq(), head.hash()))
					.orElse(new DossierPackager.ChainHead(0, AuditHashes.GENESIS))),
				out);
	}

	/** The attachments, each path once. */
	private static List<CaseDossierContent.Attachment> distinct(List<CaseDossierContent.Attachment> attachments) {
		List<CaseDossierContent.Attachment> distinct = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (CaseDossierContent.Attachment attachment : attachments) {
			if (seen.add(attachment.path())) {
				distinct.add(attachment);
			}
		}
		return distinct;
	}

	/**
	 * The attachment's bytes, copied when the packaging writes them (and checked once
	 * more then).
	 */
	private DossierFile file(CaseDossierContent.Attachment attachment, CurrentUser reader) {
		return new DossierFile() {
			@Override
			public String path() {
				return attachment.path();
			}

			@Override
			public void writeTo(OutputStream out) throws IOException {
				Dossiers.this.documents.copyTo(attachment.documentId(), reader, out);
			}
		};
	}

	/**
	 * A dossier whose attachments have been checked, ready to be written.
	 */
	public record Prepared(Grant grant, DossierRequest request, List<CaseDossierContent.Attachment> attachments) {

		public long caseId() {
			return this.grant.caseGrant().caseId();
		}

	}

	/**
	 * The right to export one case, checked by {@link Dossiers#authorise}.
	 */
	public record Grant(CaseGrant caseGrant, CurrentUser user) {

	}

}
