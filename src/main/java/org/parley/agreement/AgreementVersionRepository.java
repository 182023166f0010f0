package org.parley.agreement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementVersionRepository extends JpaRepository<AgreementVersion, Long> {

	List<AgreementVersion> findByAgreementIdOrderByVersionNoDesc(long agreementId);

	List<AgreementVersion> findByStatusAndTeamIdInOrderBySubmittedAtAsc(VersionStatus status, List<Long> teamIds);

}
