package org.parley.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A transfer as pages, the API and the dossier show it (decision 0026).
 *
 * @param recipientName the group's name, the interlocutor's code name or the named
 * recipient (null when the reader may not know a strictly confidential interlocutor)
 * @param designated the recipient group was designated when the transfer was recorded
 * @param roundNumber the round it relates to, by its place among the case's rounds
 * @param commitment the text of the commitment it relates to
 * @param caseTitle the case's title, on HQ's list across teams
 */
public record TransferView(long id, long caseId, String caseTitle, LocalDate givenOn, TransferKind kind,
		BigDecimal amount, String currency, TransferRecipient recipientKind, Long groupId, Long interlocutorId,
		String recipientName, boolean designated, Long roundId, Integer roundNumber, String commitmentKey,
		String commitment, String justification, String legalBasis, TransferStatus status, TransferRefusal refusal,
		String reviewComment, String reviewedBy, Instant reviewedAt, String recordedBy, Instant recordedAt,
		long version) {

	/** Whether it counts: only an approved transfer does. */
	public boolean counts() {
		return this.status == TransferStatus.APPROVED;
	}

	public boolean pending() {
		return this.status == TransferStatus.PENDING;
	}

}
