package org.parley.agreement.monitoring;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;

public interface GroupReviewRepository extends ObligationRepository<GroupReview> {

	/**
	 * The reviews already scheduled for some agreements, as agreement id, group id and
	 * day: what the schedule must not add twice, for a batch of agreements in one query.
	 */
	@Query("SELECT r.agreementId, r.groupId, r.dueOn FROM GroupReview r WHERE r.agreementId IN :ids")
	List<Object[]> scheduledFor(Collection<Long> ids);

}
