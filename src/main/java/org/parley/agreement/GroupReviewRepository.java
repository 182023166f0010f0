package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GroupReviewRepository extends JpaRepository<GroupReview, Long> {

	List<GroupReview> findByAgreementIdOrderByDueOnAscIdAsc(long agreementId);

	List<GroupReview> findByStanceIsNullAndDueOnLessThanEqualOrderByDueOnAscIdAsc(LocalDate day);

	List<GroupReview> findByTeamIdInAndStanceIsNullAndWindowEndsBeforeOrderByWindowEndsAsc(List<Long> teamIds,
			LocalDate day);

	List<GroupReview> findTop50ByTeamIdInAndStanceIsNullAndDueOnLessThanEqualOrderByDueOnAsc(List<Long> teamIds,
			LocalDate day);

}
