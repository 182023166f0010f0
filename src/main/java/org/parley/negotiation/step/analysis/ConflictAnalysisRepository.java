package org.parley.negotiation.step.analysis;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ConflictAnalysisRepository extends JpaRepository<ConflictAnalysis, Long> {

}
