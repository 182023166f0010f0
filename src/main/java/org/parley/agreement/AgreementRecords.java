package org.parley.agreement;

import org.parley.agreement.dispute.Disputes;
import org.parley.agreement.internal.AgreementAccess;
import org.parley.agreement.internal.AgreementAttachments;
import org.parley.agreement.internal.ImplementationScores;
import org.parley.agreement.monitoring.ObligationQueries;
import java.util.ArrayList;
import java.util.List;

import org.parley.document.DocumentInfo;
import org.parley.shared.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything recorded about an agreement after its drafting, for whoever takes a case
 * away whole (a dossier): its compliance checks, its reviews of groups, its monthly
 * implementation scores and the files attached to it and to its checks. Each read checks
 * that the user may read the agreement.
 */
@Service
@Transactional(readOnly = true)
public class AgreementRecords {

	private final AgreementAccess access;

	private final ObligationQueries obligations;

	private final ImplementationScores scores;

	private final AgreementAttachments attachments;

	private final Agreements agreements;

	private final Disputes disputes;

	AgreementRecords(AgreementAccess access, ObligationQueries obligations, ImplementationScores scores,
			AgreementAttachments attachments, Agreements agreements, Disputes disputes) {
		this.access = access;
		this.obligations = obligations;
		this.scores = scores;
		this.attachments = attachments;
		this.agreements = agreements;
		this.disputes = disputes;
	}

	/** The agreement's disputes with their contacts, the first raised first. */
	public List<DisputeView> disputes(long agreementId, CurrentUser user) {
		List<DisputeView> oldestFirst = new ArrayList<>(this.disputes.of(agreementId, user));
		java.util.Collections.reverse(oldestFirst);
		return oldestFirst;
	}

	/** The agreement's compliance checks, soonest due first. */
	public List<CheckView> checks(long agreementId, CurrentUser user) {
		this.access.toRead(agreementId, user);
		return this.obligations.checksOf(agreementId)
			.stream()
			.sorted(java.util.Comparator.comparing(CheckView::dueOn).thenComparingLong(CheckView::id))
			.toList();
	}

	/** The agreement's reviews of groups, soonest due first. */
	public List<ReviewView> reviews(long agreementId, CurrentUser user) {
		this.access.toRead(agreementId, user);
		return this.obligations.reviewsOf(agreementId)
			.stream()
			.sorted(java.util.Comparator.comparing(ReviewView::dueOn).thenComparingLong(ReviewView::id))
			.toList();
	}

	/** The agreement's implementation scores, by month. */
	public List<ScoreView> scores(long agreementId, CurrentUser user) {
		this.access.toRead(agreementId, user);
		return this.scores.all(agreementId);
	}

	/**
	 * The files attached to the agreement and to its checks, the agreement's first.
	 */
	public List<AttachmentRecord> attachments(long agreementId, CurrentUser user) {
		AgreementDetails agreement = this.agreements.details(agreementId, user);
		List<AttachmentRecord> files = new ArrayList<>();
		List<AgreementAttachments.AttachmentView> newestFirst = this.attachments.ofAgreement(agreement, user);
		for (int i = newestFirst.size() - 1; i >= 0; i--) {
			AgreementAttachments.AttachmentView a = newestFirst.get(i);
			files.add(new AttachmentRecord(agreementId, null, a.versionNo(), a.kind(), a.caption(), a.document()));
		}
		this.attachments.ofChecks(agreementId, user)
			.forEach((checkId, documents) -> documents
				.forEach((d) -> files.add(new AttachmentRecord(agreementId, checkId, null, null, null, d))));
		return files;
	}

	/**
	 * A file attached to an agreement or to one of its checks.
	 *
	 * @param checkId the check it documents, or null for a file of the agreement
	 * @param versionNo the agreement's newest version when attached (agreement files)
	 * @param kind what it is (agreement files)
	 */
	public record AttachmentRecord(long agreementId, Long checkId, Integer versionNo, AttachmentKind kind,
			String caption, DocumentInfo document) {
	}

}
