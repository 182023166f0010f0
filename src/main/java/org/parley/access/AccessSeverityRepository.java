package org.parley.access;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessSeverityRepository extends JpaRepository<AccessSeverity, Long> {

}
