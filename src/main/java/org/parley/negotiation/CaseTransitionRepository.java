package org.parley.negotiation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseTransitionRepository extends JpaRepository<CaseTransition, Long> {

	List<CaseTransition> findByCaseIdOrderByOccurredAtDescIdDesc(long caseId);

}
