package org.parley.negotiation.questions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GuidingQuestionSetRepository extends JpaRepository<GuidingQuestionSet, Long> {

	Optional<GuidingQuestionSet> findFirstByOrderByVersionNoDesc();

	Optional<GuidingQuestionSet> findByVersionNo(int versionNo);

	List<GuidingQuestionSet> findAllByOrderByVersionNoDesc();

}
