package org.parley.negotiation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuidingQuestionRepository extends JpaRepository<GuidingQuestion, Long> {

	List<GuidingQuestion> findBySetIdOrderByStepAscPositionAsc(long setId);

}
