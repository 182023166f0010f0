package org.parley.negotiation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MoeMeasurementRepository extends JpaRepository<MoeMeasurement, Long> {

	List<MoeMeasurement> findByCaseIdOrderByMeasuredOnAscIdAsc(long caseId);

	List<MoeMeasurement> findByMoeIdOrderByMeasuredOnAscIdAsc(long moeId);

	boolean existsByMoeId(long moeId);

}
