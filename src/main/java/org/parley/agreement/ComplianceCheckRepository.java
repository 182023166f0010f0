package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplianceCheckRepository extends JpaRepository<ComplianceCheck, Long> {

	List<ComplianceCheck> findByAgreementIdOrderByDueOnAscIdAsc(long agreementId);

	List<ComplianceCheck> findByTeamIdInAndResultIsNullAndWindowEndsBeforeOrderByWindowEndsAsc(List<Long> teamIds,
			LocalDate day);

	List<ComplianceCheck> findByResultIsNullAndDueOnLessThanEqualOrderByDueOnAscIdAsc(LocalDate day);

	List<ComplianceCheck> findTop50ByTeamIdInAndResultIsNullAndDueOnLessThanEqualOrderByDueOnAsc(List<Long> teamIds,
			LocalDate day);

}
