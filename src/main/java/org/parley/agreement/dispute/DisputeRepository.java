package org.parley.agreement.dispute;

import java.util.Collection;
import java.util.List;

import org.parley.agreement.DisputeState;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DisputeRepository extends JpaRepository<AgreementDispute, Long> {

	List<AgreementDispute> findByAgreementIdOrderByRaisedOnDescIdDesc(long agreementId);

	List<AgreementDispute> findTop50ByTeamIdInAndStateOrderByRaisedOnAscIdAsc(Collection<Long> teamIds,
			DisputeState state);

}
