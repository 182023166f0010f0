package org.parley.agreement;

import java.util.List;

import org.parley.negotiation.AgreementEvidence;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells a case about its agreements. */
@Component
class CaseAgreementEvidence implements AgreementEvidence {

	private final AgreementRepository agreements;

	private final AgreementVersionRepository versions;

	CaseAgreementEvidence(AgreementRepository agreements, AgreementVersionRepository versions) {
		this.agreements = agreements;
		this.versions = versions;
	}

	@Override
	public boolean hasAgreementInForce(long caseId) {
		return this.agreements.existsByCaseIdAndStatus(caseId, AgreementStatus.IN_FORCE);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<String, List<String>> auditedRecords(long caseId) {
		List<Agreement> all = this.agreements.findByCaseIdOrderById(caseId);
		return java.util.Map.of("Agreement", all.stream().map((a) -> Long.toString(a.getId())).toList(),
				"AgreementVersion",
				all.stream()
					.flatMap((a) -> this.versions.findByAgreementIdOrderByVersionNoDesc(a.getId()).stream())
					.map((v) -> Long.toString(v.getId()))
					.toList());
	}

	@Override
	@Transactional(readOnly = true)
	public List<AgreementLink> agreementsOf(long caseId) {
		return this.agreements.findByCaseIdOrderById(caseId).stream().map((a) -> {
			AgreementDetails.VersionView latest = this.versions.findByAgreementIdOrderByVersionNoDesc(a.getId())
				.get(0)
				.view();
			return new AgreementLink(a.getId(), latest.content().title(), "agreement.AgreementStatus." + a.getStatus(),
					latest.versionNo());
		}).toList();
	}

}
