package org.parley.agreement.internal;

import org.parley.negotiation.AgreementEvidence;
import java.util.List;
import java.util.Map;

import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells a case about its agreements. */
@Component
class CaseAgreementEvidence implements AgreementEvidence {

	private final AgreementRepository agreements;

	CaseAgreementEvidence(AgreementRepository agreements) {
		this.agreements = agreements;
	}

	@Override
	public boolean hasAgreementInForce(long caseId) {
		return this.agreements.existsByCaseIdAndStatus(caseId, AgreementStatus.IN_FORCE);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, List<String>> auditedRecords(long caseId) {
		List<Agreement> all = this.agreements.findByCaseId(caseId);
		return Map.of("Agreement", all.stream().map((a) -> Long.toString(a.getId())).toList(), "AgreementVersion",
				all.stream().flatMap((a) -> a.versionIds().stream()).map((id) -> Long.toString(id)).toList());
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgreementLink> agreementsOf(long caseId) {
		return this.agreements.findByCaseId(caseId).stream().map((a) -> {
			AgreementDetails.VersionView latest = a.latestView();
			return new AgreementLink(a.getId(), latest.content().title(), "agreement.AgreementStatus." + a.getStatus(),
					latest.versionNo());
		}).toList();
	}

}
