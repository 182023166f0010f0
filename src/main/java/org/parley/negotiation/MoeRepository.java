package org.parley.negotiation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MoeRepository extends JpaRepository<MeasureOfEffectiveness, Long> {

	List<MeasureOfEffectiveness> findByCaseIdOrderById(long caseId);

}
