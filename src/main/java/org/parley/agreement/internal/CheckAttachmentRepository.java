package org.parley.agreement.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckAttachmentRepository extends JpaRepository<CheckAttachment, Long> {

	List<CheckAttachment> findByAgreementIdOrderByIdAsc(long agreementId);

}
