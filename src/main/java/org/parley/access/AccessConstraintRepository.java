package org.parley.access;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessConstraintRepository extends JpaRepository<AccessConstraint, Long> {

}
