package org.parley.agreement.monitoring;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;

public interface ComplianceCheckRepository extends ObligationRepository<ComplianceCheck> {

	/**
	 * The checks already scheduled for some agreements, as agreement id, commitment key
	 * and day: what the schedule must not add twice, for a batch of agreements in one
	 * query.
	 */
	@Query("SELECT c.agreementId, c.commitmentKey, c.dueOn FROM ComplianceCheck c WHERE c.agreementId IN :ids")
	List<Object[]> scheduledFor(Collection<Long> ids);

}
