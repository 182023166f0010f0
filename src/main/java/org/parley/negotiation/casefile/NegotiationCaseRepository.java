package org.parley.negotiation.casefile;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NegotiationCaseRepository extends JpaRepository<NegotiationCase, Long> {

}
