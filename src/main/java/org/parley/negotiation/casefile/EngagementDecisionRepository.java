package org.parley.negotiation.casefile;

import org.parley.negotiation.DecisionStatus;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementDecisionRepository extends JpaRepository<EngagementDecision, Long> {

	List<EngagementDecision> findByCaseIdOrderByRequestedAtDescIdDesc(long caseId);

	List<EngagementDecision> findByStatusAndTeamIdInOrderByRequestedAtAsc(DecisionStatus status,
			java.util.Collection<Long> teamIds);

}
