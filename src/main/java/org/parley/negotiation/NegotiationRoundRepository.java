package org.parley.negotiation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NegotiationRoundRepository extends JpaRepository<NegotiationRound, Long> {

	List<NegotiationRound> findByCaseIdOrderByHeldOnDescIdDesc(long caseId);

}
