package org.parley.negotiation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuidingQuestionSetRepository extends JpaRepository<GuidingQuestionSet, Long> {

	Optional<GuidingQuestionSet> findFirstByOrderByVersionNoDesc();

	Optional<GuidingQuestionSet> findByVersionNo(int versionNo);

	List<GuidingQuestionSet> findAllByOrderByVersionNoDesc();

}
