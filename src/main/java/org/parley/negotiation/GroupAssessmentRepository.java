package org.parley.negotiation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupAssessmentRepository extends JpaRepository<GroupAssessment, Long> {

	List<GroupAssessment> findByCaseIdOrderByAssessedOnDescIdDesc(long caseId);

}
