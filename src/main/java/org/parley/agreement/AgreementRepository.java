package org.parley.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

	List<Agreement> findByCaseIdOrderById(long caseId);

	List<Agreement> findByStatusIn(java.util.Collection<AgreementStatus> statuses);

	boolean existsByCaseIdAndStatus(long caseId, AgreementStatus status);

}
