package org.parley.incident;

import org.parley.agreement.AgreementDetails;
import org.parley.agreement.Agreements;
import org.parley.agreement.Obligations;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.negotiation.CaseQueries;
import org.parley.shared.CurrentUser;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

import org.springframework.stereotype.Component;

/**
 * The rules an incident's links follow: its case, agreement, commitment and check must be
 * ones the user may see and must belong together; its perpetrator a group of the
 * registry.
 */
@Component
class IncidentLinks {

	private final CaseQueries cases;

	private final Agreements agreements;

	private final Obligations checks;

	private final ArmedGroupQueries groups;

	IncidentLinks(CaseQueries cases, Agreements agreements, Obligations checks, ArmedGroupQueries groups) {
		this.cases = cases;
		this.agreements = agreements;
		this.checks = checks;
		this.groups = groups;
	}

	/**
	 * Checks the links and the perpetrator: an agreement of the case (the case taken from
	 * the agreement when none is given), a commitment and a check of that agreement, a
	 * group of the registry. Anything the user may not see is refused as unknown.
	 */
	Resolved resolve(IncidentForm form, CurrentUser user) {
		Long caseId = form.caseId();
		Long agreementId = form.agreementId();
		String key = Text.blankToNull(form.commitmentKey());
		Long checkId = form.checkId();
		if ((key != null || checkId != null) && agreementId == null) {
			throw new RuleViolation("agreementId", "incident.agreement.required");
		}
		if (agreementId != null) {
			AgreementDetails agreement;
			try {
				agreement = this.agreements.details(agreementId, user);
			}
			catch (NotFoundException hidden) {
				throw new RuleViolation("agreementId", "incident.agreement.unknown");
			}
			if (caseId != null && caseId != agreement.caseId()) {
				throw new RuleViolation("agreementId", "incident.agreement.other-case");
			}
			caseId = agreement.caseId();
			if (key != null && agreement.versions()
				.stream()
				.flatMap((v) -> v.content().commitments().stream())
				.noneMatch((c) -> key.equals(c.key()))) {
				throw new RuleViolation("commitmentKey", "incident.commitment.unknown");
			}
			if (checkId != null && !this.checks.isCheckOf(checkId, agreementId)) {
				throw new RuleViolation("checkId", "incident.check.unknown");
			}
		}
		Long caseTeam = null;
		if (caseId != null) {
			try {
				caseTeam = this.cases.get(caseId, user).teamId();
			}
			catch (NotFoundException hidden) {
				throw new RuleViolation("caseId", "incident.case.unknown");
			}
		}
		if (form.perpetratorGroupId() != null && !this.groups.exists(form.perpetratorGroupId())) {
			throw new RuleViolation("perpetratorGroupId", "incident.perpetrator.unknown");
		}
		return new Resolved(new Incident.Links(caseId, agreementId, key, checkId), caseTeam);
	}

	record Resolved(Incident.Links links, Long caseTeam) {
	}

}
