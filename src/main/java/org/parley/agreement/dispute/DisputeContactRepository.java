package org.parley.agreement.dispute;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DisputeContactRepository extends JpaRepository<DisputeContact, Long> {

	List<DisputeContact> findByDisputeIdInOrderByHeldOnAscIdAsc(Collection<Long> disputeIds);

}
