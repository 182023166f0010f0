package org.parley.agreement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GroupReviewRepository extends JpaRepository<GroupReview, Long> {

	List<GroupReview> findByAgreementIdOrderByDueOnAscIdAsc(long agreementId);

	/**
	 * Unrecorded groupreviews fallen due by a day, of agreements in force: a suspended,
	 * breached or ended agreement's are kept on its page but no longer asked for.
	 */
	@Query("SELECT x FROM GroupReview x WHERE x.stance IS NULL AND x.dueOn <= :day AND x.agreementId IN (SELECT a.id FROM Agreement a WHERE a.status = org.parley.agreement.AgreementStatus.IN_FORCE)"
			+ " ORDER BY x.dueOn, x.id")
	List<GroupReview> dueInForce(LocalDate day);

	/** The same in some teams, oldest first. */
	@Query("SELECT x FROM GroupReview x WHERE x.teamId IN :teamIds AND x.stance IS NULL AND x.dueOn <= :day"
			+ " AND x.agreementId IN (SELECT a.id FROM Agreement a WHERE a.status = org.parley.agreement.AgreementStatus.IN_FORCE) ORDER BY x.dueOn, x.id")
	List<GroupReview> dueInForce(List<Long> teamIds, LocalDate day, Limit limit);

	/**
	 * Unrecorded ones whose window ended before a day, of agreements in force, in some
	 * teams.
	 */
	@Query("SELECT x FROM GroupReview x WHERE x.teamId IN :teamIds AND x.stance IS NULL AND x.windowEnds < :day"
			+ " AND x.agreementId IN (SELECT a.id FROM Agreement a WHERE a.status = org.parley.agreement.AgreementStatus.IN_FORCE) ORDER BY x.windowEnds, x.id")
	List<GroupReview> overdueInForce(List<Long> teamIds, LocalDate day);

}
