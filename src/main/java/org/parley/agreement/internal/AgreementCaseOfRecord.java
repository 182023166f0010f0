package org.parley.agreement.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.parley.audit.AuditCaseResolver;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Files the audit entries of an agreement's versions, scores and attachments under the
 * agreement's case. An agreement never changes case, so the answer is remembered.
 */
@Component
class AgreementCaseOfRecord implements AuditCaseResolver {

	private final JdbcTemplate jdbc;

	private final Map<Long, Long> caseByAgreement = new ConcurrentHashMap<>();

	AgreementCaseOfRecord(DataSource dataSource) {
		this.jdbc = new JdbcTemplate(dataSource);
	}

	@Override
	public Long caseOf(Object entity) {
		if (!(entity instanceof OfAgreement record) || record.agreementId() == null) {
			return null;
		}
		Long known = this.caseByAgreement.get(record.agreementId());
		if (known != null) {
			return known;
		}
		Long caseId = this.jdbc.query("SELECT case_id FROM agreement WHERE id = ?",
				(rs) -> rs.next() ? rs.getLong(1) : null, record.agreementId());
		if (caseId != null) {
			this.caseByAgreement.put(record.agreementId(), caseId);
		}
		return caseId;
	}

}
