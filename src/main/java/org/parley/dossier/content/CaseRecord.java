package org.parley.dossier.content;

import java.util.List;
import java.util.Map;

import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementRecords;
import org.parley.agreement.CheckView;
import org.parley.agreement.DisputeView;
import org.parley.agreement.ReviewView;
import org.parley.agreement.ScoreView;
import org.parley.agreement.VersionDiff;
import org.parley.dossier.CaseDossierContent;
import org.parley.dossier.DossierRequest;
import org.parley.incident.IncidentView;
import org.parley.negotiation.CaseContents;
import org.parley.negotiation.CaseView;
import org.parley.negotiation.DecisionView;
import org.parley.negotiation.TransitionView;

/**
 * Everything a dossier tells of a case except its audit entries (streamed apart), read
 * once for the JSON, the CSV files and the PDF.
 *
 * @param interlocutors the codenames of the team's interlocutors by id: a dossier names
 * them by codename only
 * @param groups the names of armed groups by id
 * @param transfers what was given, the latest first (decision 0026)
 * @param withheld what the dossier leaves out or redacts because the requester may not
 * read it (decision 0022)
 */
record CaseRecord(DossierRequest request, CaseView caseView, List<CaseContents.StepRecord> steps,
		Map<Long, List<Object>> measurements, List<DecisionView> decisions, List<TransitionView> transitions,
		List<AgreementRecord> agreements, List<IncidentView> incidents,
		List<org.parley.agreement.TransferView> transfers, List<CaseDossierContent.Attachment> attachments,
		Map<Long, String> interlocutors, Map<Long, String> groups, Withheld withheld) {

	/** The step of the method. */
	CaseContents.StepRecord step(org.parley.negotiation.MethodStep step) {
		return this.steps.get(step.ordinal());
	}

	/**
	 * An agreement with what was recorded about it.
	 *
	 * @param changes what changed from each version to the next, oldest pair first
	 */
	record AgreementRecord(AgreementDetails details, List<VersionChange> changes, List<CheckView> checks,
			List<ReviewView> reviews, List<ScoreView> scores, List<DisputeView> disputes,
			List<AgreementRecords.AttachmentRecord> attachments) {
	}

	/**
	 * What a dossier leaves out or redacts, strictly confidential, because the requester
	 * may not read it: how many, never which.
	 *
	 * @param incidents incidents of the case left out
	 * @param rounds rounds whose sealed fields are redacted
	 * @param values other values redacted (answers, risks, next step)
	 */
	record Withheld(long incidents, long rounds, long values) {

		boolean any() {
			return this.incidents + this.rounds + this.values > 0;
		}

	}

	/** What changed from version {@code fromNo} to version {@code toNo}. */
	record VersionChange(int fromNo, int toNo, VersionDiff diff) {
	}

	/**
	 * The code names of the intermediaries the reader may know of; the others (strictly
	 * confidential ones, or all for a reader without need-to-know of the team's
	 * interlocutors) are counted, never named.
	 */
	String intermediaryNames(java.util.Collection<?> ids, org.springframework.context.MessageSource messages) {
		java.util.List<String> names = new java.util.ArrayList<>();
		int withheld = 0;
		for (Object id : ids) {
			String name = interlocutors().get(((Number) id).longValue());
			if (name != null) {
				names.add(name);
			}
			else {
				withheld++;
			}
		}
		if (withheld > 0) {
			names.add(messages.getMessage("dossier.intermediaries.withheld", new Object[] { withheld },
					request().locale()));
		}
		return String.join(", ", names);
	}

}
