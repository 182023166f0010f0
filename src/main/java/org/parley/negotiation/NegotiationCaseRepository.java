package org.parley.negotiation;

import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationCaseRepository extends JpaRepository<NegotiationCase, Long> {

}
