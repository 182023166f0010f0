package org.parley.negotiation;

import org.springframework.data.jpa.repository.JpaRepository;

interface EngagementPlanRepository extends JpaRepository<EngagementPlan, Long> {

}
