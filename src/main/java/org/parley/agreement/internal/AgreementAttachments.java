package org.parley.agreement.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AttachmentKind;
import org.parley.document.DocumentInfo;
import org.parley.document.Documents;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

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

	private final AgreementAttachmentRepository attachments;

	private final CheckAttachmentRepository checkAttachments;

	private final Documents documents;

	private final AgreementAccess access;

	private final Clock clock;

	AgreementAttachments(AgreementAttachmentRepository attachments, CheckAttachmentRepository checkAttachments,
			Documents documents, AgreementAccess access, Clock clock) {
		this.attachments = attachments;
		this.checkAttachments = checkAttachments;
		this.documents = documents;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Attaches a file to the agreement, linked to its newest version.
	 * @throws RuleViolation on field {@code file} when there is no file or it is refused
	 */
	@Transactional
	public long attach(long agreementId, AttachmentKind kind, String caption, MultipartFile file, CurrentUser user) {
		Agreement agreement = this.access.toAttachTo(agreementId, user);
		long documentId = store(file, "file", agreement.teamId(), user);
		AgreementAttachment attachment = new AgreementAttachment(agreementId, agreement.latestView().id(),
				agreement.teamId(), documentId, kind, Text.blankToNull(caption), user.username(), this.clock.instant());
		return this.attachments.saveAndFlush(attachment).getId();
	}

	/**
	 * The agreement's attachments, newest first (the caller has checked that the reader
	 * may read the agreement).
	 */
	@Transactional(readOnly = true)
	public List<AttachmentView> ofAgreement(AgreementDetails agreement, CurrentUser user) {
		Map<Long, Integer> versionNos = new LinkedHashMap<>();
		agreement.versions().forEach((v) -> versionNos.put(v.id(), v.versionNo()));
		return this.attachments.findByAgreementIdOrderByIdDesc(agreement.id())
			.stream()
			.map((a) -> new AttachmentView(a.getId(), versionNos.get(a.getVersionId()), a.getKind(), a.getCaption(),
					this.documents.info(a.getDocumentId(), user)))
			.toList();
	}

	/**
	 * The files attached to the agreement's checks, by check (the caller has checked that
	 * the reader may read the agreement).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<DocumentInfo>> ofChecks(long agreementId, CurrentUser user) {
		Map<Long, List<DocumentInfo>> byCheck = new LinkedHashMap<>();
		for (CheckAttachment a : this.checkAttachments.findByAgreementIdOrderByIdAsc(agreementId)) {
			byCheck.computeIfAbsent(a.getCheckId(), (k) -> new ArrayList<>())
				.add(this.documents.info(a.getDocumentId(), user));
		}
		return byCheck;
	}

	/**
	 * Attaches the files chosen when a check is recorded; the caller has checked that the
	 * user records it. Empty file inputs (nothing chosen) are passed over.
	 */
	@Transactional
	public void attachToCheck(long checkId, long agreementId, long teamId, List<MultipartFile> files,
			CurrentUser user) {
		if (files == null) {
			return;
		}
		for (MultipartFile file : files) {
			if (nothingChosen(file)) {
				continue;
			}
			long documentId = store(file, "attachments", teamId, user);
			this.checkAttachments.save(new CheckAttachment(checkId, agreementId, teamId, documentId, user.username(),
					this.clock.instant()));
		}
		this.checkAttachments.flush();
	}

	private long store(MultipartFile file, String field, long teamId, CurrentUser user) {
		if (nothingChosen(file)) {
			throw new RuleViolation(field, "agreement.attachment.file-required");
		}
		return this.documents.store(file, field, teamId, user);
	}

	private static boolean nothingChosen(MultipartFile file) {
		return file == null || (file.isEmpty() && Text.blankToNull(file.getOriginalFilename()) == null);
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
