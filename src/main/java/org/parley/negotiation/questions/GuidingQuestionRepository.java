package org.parley.negotiation.questions;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GuidingQuestionRepository extends JpaRepository<GuidingQuestion, Long> {

	List<GuidingQuestion> findBySetIdOrderByStepAscPositionAsc(long setId);

}
