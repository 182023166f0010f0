package org.parley.agreement.transfer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.parley.agreement.TransferStatus;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The transfers of cases. */
public interface TransferRepository extends JpaRepository<CaseTransfer, Long> {

	List<CaseTransfer> findByCaseIdOrderByGivenOnDescIdDesc(long caseId);

	long countByTeamIdInAndStatus(Collection<Long> teamIds, TransferStatus status);

	/**
	 * A page of the teams' transfers in one status, the oldest recorded first, after a
	 * key.
	 */
	@Query("""
			SELECT t FROM CaseTransfer t WHERE t.teamId IN :teams AND t.status = :status
			AND (t.recordedAt > :at OR (t.recordedAt = :at AND t.id > :id))
			ORDER BY t.recordedAt, t.id""")
	List<CaseTransfer> pageAfter(Collection<Long> teams, TransferStatus status, Instant at, long id, Limit limit);

}
