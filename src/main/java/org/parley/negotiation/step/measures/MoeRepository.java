package org.parley.negotiation.step.measures;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MoeRepository extends JpaRepository<MeasureOfEffectiveness, Long> {

	List<MeasureOfEffectiveness> findByCaseIdOrderById(long caseId);

}
