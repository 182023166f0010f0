package org.parley.agreement.monitoring;

public interface GroupReviewRepository extends ObligationRepository<GroupReview> {

}
