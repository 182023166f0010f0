package org.parley.negotiation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictAnalysisRepository extends JpaRepository<ConflictAnalysis, Long> {

}
