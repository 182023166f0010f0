package org.parley.agreement;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.document.DocumentInfo;
import org.parley.document.Documents;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseStatus;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to an agreement (a signed scan, photos) and to its recorded compliance
 * checks. The files are stored documents of the case's team (PDF, PNG or JPEG, at most 10
 * MB, with their SHA-256): the team's field officers attach them, everyone who may read
 * the case reads them, and nobody else finds them.
 */
@Service
public class AgreementAttachments {

	private final AgreementRepository agreements;

	private final AgreementVersionRepository versions;

	private final AgreementAttachmentRepository attachments;

	private final CheckAttachmentRepository checkAttachments;

	private final Documents documents;

	private final CaseQueries cases;

	private final Clock clock;

	AgreementAttachments(AgreementRepository agreements, AgreementVersionRepository versions,
			AgreementAttachmentRepository attachments, CheckAttachmentRepository checkAttachments, Documents documents,
			CaseQueries cases, Clock clock) {
		this.agreements = agreements;
		this.versions = versions;
		this.attachments = attachments;
		this.checkAttachments = checkAttachments;
		this.documents = documents;
		this.cases = cases;
		this.clock = clock;
	}

	/**
	 * Attaches a file to the agreement, linked to its newest version.
	 * @throws RuleViolation on field {@code file} when there is no file or it is refused
	 */
	@Transactional
	public long attach(long agreementId, AttachmentForm form, MultipartFile file, CurrentUser user) {
		Agreement agreement = writable(agreementId, user);
		AgreementVersion newest = this.versions.findByAgreementIdOrderByVersionNoDesc(agreementId).get(0);
		long documentId = store(file, "file", agreement, user);
		AgreementAttachment attachment = new AgreementAttachment(agreementId, newest.getId(), agreement.teamId(),
				documentId, form.kind(), Text.blankToNull(form.caption()), user.username(), this.clock.instant());
		return this.attachments.saveAndFlush(attachment).getId();
	}

	/** The agreement's attachments, newest first. */
	@Transactional(readOnly = true)
	public List<AttachmentView> ofAgreement(long agreementId, CurrentUser user) {
		visible(agreementId, user);
		Map<Long, Integer> versionNos = new LinkedHashMap<>();
		this.versions.findByAgreementIdOrderByVersionNoDesc(agreementId)
			.forEach((v) -> versionNos.put(v.getId(), v.getVersionNo()));
		return this.attachments.findByAgreementIdOrderByIdDesc(agreementId)
			.stream()
			.map((a) -> new AttachmentView(a.getId(), versionNos.get(a.getVersionId()), a.getKind(), a.getCaption(),
					this.documents.info(a.getDocumentId(), user)))
			.toList();
	}

	/** The files attached to the agreement's checks, by check. */
	@Transactional(readOnly = true)
	public Map<Long, List<DocumentInfo>> ofChecks(long agreementId, CurrentUser user) {
		visible(agreementId, user);
		Map<Long, List<DocumentInfo>> byCheck = new LinkedHashMap<>();
		for (CheckAttachment a : this.checkAttachments.findByAgreementIdOrderByIdAsc(agreementId)) {
			byCheck.computeIfAbsent(a.getCheckId(), (k) -> new java.util.ArrayList<>())
				.add(this.documents.info(a.getDocumentId(), user));
		}
		return byCheck;
	}

	/**
	 * Attaches the files chosen when a check is recorded; the caller has checked that the
	 * user records it. Empty file inputs (nothing chosen) are passed over.
	 */
	@Transactional
	void attachToCheck(long checkId, long agreementId, List<MultipartFile> files, CurrentUser user) {
		if (files == null) {
			return;
		}
		Agreement agreement = this.agreements.findById(agreementId)
			.orElseThrow(() -> new AgreementNotFoundException(agreementId));
		for (MultipartFile file : files) {
			if (nothingChosen(file)) {
				continue;
			}
			long documentId = store(file, "attachments", agreement, user);
			this.checkAttachments.save(new CheckAttachment(checkId, agreementId, agreement.teamId(), documentId,
					user.username(), this.clock.instant()));
		}
		this.checkAttachments.flush();
	}

	private long store(MultipartFile file, String field, Agreement agreement, CurrentUser user) {
		if (nothingChosen(file)) {
			throw new RuleViolation(field, "agreement.attachment.file-required");
		}
		return this.documents.store(file, field, agreement.teamId(), user);
	}

	private static boolean nothingChosen(MultipartFile file) {
		return file == null || (file.isEmpty() && Text.blankToNull(file.getOriginalFilename()) == null);
	}

	private Agreement visible(long agreementId, CurrentUser user) {
		Agreement agreement = this.agreements.findById(agreementId)
			.orElseThrow(() -> new AgreementNotFoundException(agreementId));
		AgreementCases.visible(this.cases, agreement.getCaseId(), agreementId, user);
		return agreement;
	}

	private Agreement writable(long agreementId, CurrentUser user) {
		Agreement agreement = this.agreements.findById(agreementId)
			.orElseThrow(() -> new AgreementNotFoundException(agreementId));
		CaseView view = AgreementCases.visible(this.cases, agreement.getCaseId(), agreementId, user);
		if (!this.cases.canWork(view, user)) {
			throw new AccessDeniedException("Only the team's field officers attach files to agreements");
		}
		if (view.status() != CaseStatus.ACTIVE) {
			throw new RuleViolation(null, "negotiation.case.closed");
		}
		return agreement;
	}

	/**
	 * A file attached to an agreement.
	 *
	 * @param versionNo the agreement's newest version when it was attached
	 */
	public record AttachmentView(long id, int versionNo, AttachmentKind kind, String caption, DocumentInfo document) {

		/** The first characters of the checksum, enough to tell files apart on a page. */
		public String shortSha256() {
			return this.document.sha256().substring(0, 12);
		}

	}

}
