package org.parley.negotiation;

import org.springframework.data.jpa.repository.JpaRepository;

interface ObjectivesSheetRepository extends JpaRepository<ObjectivesSheet, Long> {

}
