package org.parley.identity;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SecondFactorRepository extends ListCrudRepository<SecondFactor, Long> {

	/**
	 * Accepts a code's step only if it is later than the last one accepted.
	 * @return 1 if accepted, 0 if the step (or a later one) was already used
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update SecondFactor f set f.lastUsedStep = :step where f.userId = :userId and f.lastUsedStep < :step")
	int useStep(long userId, long step);

}
