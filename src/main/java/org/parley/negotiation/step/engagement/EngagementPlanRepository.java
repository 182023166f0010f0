package org.parley.negotiation.step.engagement;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EngagementPlanRepository extends JpaRepository<EngagementPlan, Long> {

}
