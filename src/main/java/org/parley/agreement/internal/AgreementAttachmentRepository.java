package org.parley.agreement.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementAttachmentRepository extends JpaRepository<AgreementAttachment, Long> {

	List<AgreementAttachment> findByAgreementIdOrderByIdDesc(long agreementId);

}
