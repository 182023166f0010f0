package org.parley.negotiation.step.objectives;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ObjectivesSheetRepository extends JpaRepository<ObjectivesSheet, Long> {

}
