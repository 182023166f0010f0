package org.parley.agreement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ImplementationScoreRepository extends JpaRepository<ImplementationScore, Long> {

	List<ImplementationScore> findByAgreementIdOrderByPeriodAsc(long agreementId);

	Optional<ImplementationScore> findByAgreementIdAndCommitmentKeyAndPeriod(long agreementId, String commitmentKey,
			LocalDate period);

}
