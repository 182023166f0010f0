package org.parley.negotiation.step.group;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupAssessmentRepository extends JpaRepository<GroupAssessment, Long> {

	List<GroupAssessment> findByCaseIdOrderByAssessedOnDescIdDesc(long caseId);

}
