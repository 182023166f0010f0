package org.parley.disclosure;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisclosureRequestRepository extends JpaRepository<DisclosureRequest, Long> {

}
