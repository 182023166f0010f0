package org.parley.negotiation.web;

import org.parley.negotiation.AgreementEvidence;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.casefile.EngagementDecisionRepository;
import org.parley.negotiation.step.group.GroupAssessmentRepository;
import org.parley.negotiation.step.measures.MoeMeasurementRepository;
import org.parley.negotiation.step.measures.MoeRepository;
import org.parley.negotiation.step.rounds.NegotiationRoundRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records that make up a case, by audit entity type, for its history: the case, its
 * sheets, assessments, measures and their measurements, rounds and decisions, and what
 * the agreement module keeps of it.
 */
@Component
class CaseHistory {

	private final GroupAssessmentRepository assessments;

	private final MoeRepository moes;

	private final MoeMeasurementRepository measurements;

	private final NegotiationRoundRepository rounds;

	private final EngagementDecisionRepository decisions;

	private final List<AgreementEvidence> agreements;

	CaseHistory(GroupAssessmentRepository assessments, MoeRepository moes, MoeMeasurementRepository measurements,
			NegotiationRoundRepository rounds, EngagementDecisionRepository decisions,
			List<AgreementEvidence> agreements) {
		this.assessments = assessments;
		this.moes = moes;
		this.measurements = measurements;
		this.rounds = rounds;
		this.decisions = decisions;
		this.agreements = agreements;
	}

	@Transactional(readOnly = true)
	Map<String, List<String>> records(CaseGrant grant) {
		long caseId = grant.caseId();
		String id = Long.toString(caseId);
		Map<String, List<String>> records = new LinkedHashMap<>();
		records.put("NegotiationCase", List.of(id));
		records.put("ConflictAnalysis", List.of(id));
		records.put("ObjectivesSheet", List.of(id));
		records.put("EngagementPlan", List.of(id));
		records.put("GroupAssessment",
				this.assessments.findByCaseIdOrderByAssessedOnDescIdDesc(caseId)
					.stream()
					.map((a) -> Long.toString(a.getId()))
					.toList());
		records.put("MeasureOfEffectiveness",
				this.moes.findByCaseIdOrderById(caseId).stream().map((m) -> Long.toString(m.view().id())).toList());
		records.put("MoeMeasurement",
				this.measurements.findByCaseIdOrderByMeasuredOnAscIdAsc(caseId)
					.stream()
					.map((m) -> Long.toString(m.getId()))
					.toList());
		records.put("NegotiationRound",
				this.rounds.findByCaseIdOrderByHeldOnDescIdDesc(caseId)
					.stream()
					.map((r) -> Long.toString(r.getId()))
					.toList());
		records.put("EngagementDecision",
				this.decisions.findByCaseIdOrderByRequestedAtDescIdDesc(caseId)
					.stream()
					.map((d) -> Long.toString(d.getId()))
					.toList());
		this.agreements.forEach((e) -> records.putAll(e.auditedRecords(caseId)));
		return records;
	}

}
