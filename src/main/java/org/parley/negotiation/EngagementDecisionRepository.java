package org.parley.negotiation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EngagementDecisionRepository extends JpaRepository<EngagementDecision, Long> {

	List<EngagementDecision> findByCaseIdOrderByRequestedAtDescIdDesc(long caseId);

	List<EngagementDecision> findByStatusAndTeamIdInOrderByRequestedAtAsc(DecisionStatus status,
			java.util.Collection<Long> teamIds);

}
