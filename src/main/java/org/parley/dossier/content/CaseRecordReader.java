package org.parley.dossier.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementRecords;
import org.parley.agreement.Agreements;
import org.parley.agreement.VersionDiff;
import org.parley.armedgroup.InterlocutorRegistry;
import org.parley.document.DocumentInfo;
import org.parley.dossier.CaseDossierContent;
import org.parley.dossier.DossierRequest;
import org.parley.incident.ClassifiedIncidents;
import org.parley.incident.IncidentFilter;
import org.parley.incident.IncidentView;
import org.parley.incident.Incidents;
import org.parley.negotiation.CaseContents;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.negotiation.DecisionView;
import org.parley.negotiation.TransitionView;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a case whole through the modules' public queries, each of which checks that the
 * requester may read what it returns and keeps to the case's team.
 */
@Component
class CaseRecordReader {

	private final CaseQueries cases;

	private final CaseContents contents;

	private final Agreements agreements;

	private final AgreementRecords agreementRecords;

	private final Incidents incidents;

	private final InterlocutorRegistry interlocutors;

	private final ClassifiedIncidents classified;

	CaseRecordReader(CaseQueries cases, CaseContents contents, Agreements agreements, AgreementRecords agreementRecords,
			Incidents incidents, InterlocutorRegistry interlocutors, ClassifiedIncidents classified) {
		this.classified = classified;
		this.cases = cases;
		this.contents = contents;
		this.agreements = agreements;
		this.agreementRecords = agreementRecords;
		this.incidents = incidents;
		this.interlocutors = interlocutors;
	}

	@Transactional(readOnly = true)
	CaseRecord read(DossierRequest request) {
		CurrentUser user = request.requester();
		long caseId = request.grant().caseId();
		CaseView view = this.cases.get(caseId, user);
		List<DecisionView> decisions = new ArrayList<>(this.cases.decisions(caseId, user));
		decisions.sort(Comparator.comparing(DecisionView::requestedAt).thenComparingLong(DecisionView::id));
		List<TransitionView> transitions = new ArrayList<>(this.cases.timeline(caseId, user));
		transitions.sort(Comparator.comparing(TransitionView::occurredAt));
		List<CaseRecord.AgreementRecord> agreements = new ArrayList<>();
		List<CaseDossierContent.Attachment> attachments = new ArrayList<>();
		for (AgreementDetails agreement : this.agreements.ofCase(caseId, user)) {
			List<AgreementRecords.AttachmentRecord> files = this.agreementRecords.attachments(agreement.id(), user);
			files.forEach((f) -> attachments.add(attachment(f.document())));
			agreements.add(new CaseRecord.AgreementRecord(oldestFirst(agreement), changes(agreement),
					this.agreementRecords.checks(agreement.id(), user),
					this.agreementRecords.reviews(agreement.id(), user),
					this.agreementRecords.scores(agreement.id(), user),
					this.agreementRecords.disputes(agreement.id(), user), files));
		}
		Map<Long, String> codenames = new LinkedHashMap<>();
		this.interlocutors.teamChoices(view.teamId(), user).forEach((i) -> codenames.put(i.id(), i.codeName()));
		Map<Long, String> groups = new LinkedHashMap<>();
		view.groups().forEach((g) -> groups.put(g.id(), g.name()));
		List<CaseContents.StepRecord> steps = this.contents.steps(caseId, user, request.locale());
		List<IncidentView> incidents = new ArrayList<>();
		long incidentsWithheld = incidents(caseId, user, incidents);
		// Counted once: the decisions appear both in their step and on their own.
		long values = steps.stream().mapToLong(CaseContents.StepRecord::redactedValues).sum()
				+ ((view.redacted() && view.nextStepDue() != null) ? 1 : 0);
		CaseRecord.Withheld withheld = new CaseRecord.Withheld(incidentsWithheld,
				steps.stream().mapToLong(CaseContents.StepRecord::redactedRounds).sum(), values);
		return new CaseRecord(request, view, steps, this.contents.measurements(caseId, user), decisions, transitions,
				agreements, incidents, this.agreements.transfersOf(caseId, user),
				attachments.stream().distinct().toList(), codenames, groups, withheld);
	}

	List<CaseDossierContent.Attachment> attachments(DossierRequest request) {
		List<CaseDossierContent.Attachment> attachments = new ArrayList<>();
		for (AgreementDetails agreement : this.agreements.ofCase(request.grant().caseId(), request.requester())) {
			this.agreementRecords.attachments(agreement.id(), request.requester())
				.forEach((f) -> attachments.add(attachment(f.document())));
		}
		return attachments.stream().distinct().toList();
	}

	/**
	 * The case's incidents the requester may read, into {@code all}.
	 * @return how many strictly confidential ones were left out
	 */
	private long incidents(long caseId, CurrentUser user, List<IncidentView> all) {
		long left = this.classified.withheldFromCase(caseId, user);
		IncidentFilter filter = new IncidentFilter(null, null, null, caseId, null);
		String cursor = null;
		do {
			KeysetPage<IncidentView> page = this.incidents.page(filter, cursor, 100, user);
			// A strictly confidential incident the requester may know of but not read
			// (an auditor) is left out, not shown empty (decision 0022).
			page.items().stream().filter((incident) -> !incident.redacted()).forEach(all::add);
			cursor = page.nextCursor();
		}
		while (cursor != null);
		all.sort(Comparator.comparing(IncidentView::occurredOn).thenComparingLong(IncidentView::id));
		return left;
	}

	private static CaseDossierContent.Attachment attachment(DocumentInfo document) {
		return new CaseDossierContent.Attachment(document.id(),
				CaseDossierContent.attachmentPath(document.id(), document.filename()), document.filename(),
				document.contentType(), document.sizeBytes(), document.sha256());
	}

	/** The agreement with its versions oldest first, as a dossier reads them. */
	private static AgreementDetails oldestFirst(AgreementDetails agreement) {
		List<AgreementDetails.VersionView> versions = new ArrayList<>(agreement.versions());
		versions.sort(Comparator.comparingInt(AgreementDetails.VersionView::versionNo));
		return new AgreementDetails(agreement.id(), agreement.caseId(), agreement.status(), agreement.inForceVersion(),
				agreement.statusReason(), agreement.createdBy(), agreement.version(), versions, agreement.moves());
	}

	/**
	 * What changed between consecutive versions, with the agreement pages' comparison.
	 */
	private static List<CaseRecord.VersionChange> changes(AgreementDetails agreement) {
		List<AgreementDetails.VersionView> versions = oldestFirst(agreement).versions();
		List<CaseRecord.VersionChange> changes = new ArrayList<>();
		for (int i = 1; i < versions.size(); i++) {
			AgreementDetails.VersionView before = versions.get(i - 1);
			AgreementDetails.VersionView after = versions.get(i);
			changes.add(new CaseRecord.VersionChange(before.versionNo(), after.versionNo(),
					VersionDiff.between(before.content(), after.content())));
		}
		return changes;
	}

}
