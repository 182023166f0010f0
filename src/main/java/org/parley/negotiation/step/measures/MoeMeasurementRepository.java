package org.parley.negotiation.step.measures;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MoeMeasurementRepository extends JpaRepository<MoeMeasurement, Long> {

	List<MoeMeasurement> findByCaseIdOrderByMeasuredOnAscIdAsc(long caseId);

	List<MoeMeasurement> findByMoeIdOrderByMeasuredOnAscIdAsc(long moeId);

	boolean existsByMoeId(long moeId);

}
