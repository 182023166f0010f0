package org.parley.negotiation.casefile;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseTransitionRepository extends JpaRepository<CaseTransition, Long> {

	List<CaseTransition> findByCaseIdOrderByOccurredAtDescIdDesc(long caseId);

}
