package org.parley.negotiation.step.rounds;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NegotiationRoundRepository extends JpaRepository<NegotiationRound, Long> {

	List<NegotiationRound> findByCaseIdOrderByHeldOnDescIdDesc(long caseId);

}
