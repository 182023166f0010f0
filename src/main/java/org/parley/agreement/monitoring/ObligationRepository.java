package org.parley.agreement.monitoring;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * The obligations of one kind. Those of an agreement no longer in force (suspended,
 * breached, ended) stay on its page but are no longer asked for.
 */
@NoRepositoryBean
public interface ObligationRepository<T extends Obligation> extends JpaRepository<T, Long> {

	List<T> findByAgreementIdOrderByDueOnAscIdAsc(long agreementId);

	/**
	 * Unrecorded ones fallen due by a day, of agreements in force, whose state (due,
	 * overdue) moved past what the team was told, after an id: a batch of the schedule's
	 * announcements.
	 */
	@Query("SELECT x FROM #{#entityName} x WHERE x.recordedBy IS NULL AND x.dueOn <= :day AND x.id > :after"
			+ " AND (x.announced IS NULL OR (x.announced = :due AND x.windowEnds < :day))"
			+ " AND x.agreementId IN (SELECT a.id FROM Agreement a"
			+ " WHERE a.status = org.parley.agreement.AgreementStatus.IN_FORCE) ORDER BY x.id")
	List<T> toAnnounce(LocalDate day, long after, Obligation.Announced due, Limit limit);

	/** The same in some teams, oldest first. */
	@Query("SELECT x FROM #{#entityName} x WHERE x.teamId IN :teamIds AND x.recordedBy IS NULL AND x.dueOn <= :day"
			+ " AND x.agreementId IN (SELECT a.id FROM Agreement a"
			+ " WHERE a.status = org.parley.agreement.AgreementStatus.IN_FORCE) ORDER BY x.dueOn, x.id")
	List<T> dueInForce(List<Long> teamIds, LocalDate day, Limit limit);

	/**
	 * Unrecorded ones whose window ended before a day, of agreements in force, in some
	 * teams.
	 */
	@Query("SELECT x FROM #{#entityName} x WHERE x.teamId IN :teamIds AND x.recordedBy IS NULL AND x.windowEnds < :day"
			+ " AND x.agreementId IN (SELECT a.id FROM Agreement a"
			+ " WHERE a.status = org.parley.agreement.AgreementStatus.IN_FORCE) ORDER BY x.windowEnds, x.id")
	List<T> overdueInForce(List<Long> teamIds, LocalDate day, Limit limit);

}
