package org.parley.negotiation.casefile;

import org.parley.negotiation.DecisionStatus;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementDecisionRepository extends JpaRepository<EngagementDecision, Long> {

	List<EngagementDecision> findByCaseIdOrderByRequestedAtDescIdDesc(long caseId);

	/** The oldest requests in a state, of some teams, asked by someone else. */
	List<EngagementDecision> findByStatusAndTeamIdInAndRequestedByNotOrderByRequestedAtAscIdAsc(DecisionStatus status,
			java.util.Collection<Long> teamIds, String requestedBy, org.springframework.data.domain.Limit limit);

	/** How many there are. */
	long countByStatusAndTeamIdInAndRequestedByNot(DecisionStatus status, java.util.Collection<Long> teamIds,
			String requestedBy);

}
