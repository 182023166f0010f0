package org.parley.agreement.transfer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.parley.agreement.TransferKind;
import org.parley.agreement.TransferRecipient;
import org.parley.agreement.TransferRefusal;
import org.parley.agreement.TransferStatus;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditState;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.CaseScoped;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * What was given to or through a group or an intermediary (decision 0026): recorded by a
 * field officer, then approved or refused once by an HQ reviewer who did not record it.
 * Cash, or anything given to a designated group, states its legal basis.
 */
@Entity
@org.hibernate.annotations.DynamicUpdate
@Table(name = "case_transfer")
public class CaseTransfer implements TeamScoped, CaseScoped {

	/** Why it was given: it names people and what was agreed (decision 0020). */
	static final SealedColumn JUSTIFICATION = SealedColumn.of("case_transfer", "justification");

	/** The legal basis stated for cash or a gift to a designated group. */
	static final SealedColumn LEGAL_BASIS = SealedColumn.of("case_transfer", "legal_basis");

	/**
	 * A recipient named in words (neither a group nor one of the team's interlocutors).
	 */
	static final SealedColumn RECIPIENT_OTHER = SealedColumn.of("case_transfer", "recipient_other");

	/** HQ's comment with its approval or refusal. */
	static final SealedColumn REVIEW_COMMENT = SealedColumn.of("case_transfer", "review_comment");

	static final List<SealedColumn> SEALED = List.of(JUSTIFICATION, LEGAL_BASIS, RECIPIENT_OTHER, REVIEW_COMMENT);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "given_on", nullable = false, updatable = false)
	private LocalDate givenOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private TransferKind kind;

	@Column(nullable = false, updatable = false)
	private BigDecimal amount;

	@Column(nullable = false, updatable = false)
	private String currency;

	@Enumerated(EnumType.STRING)
	@Column(name = "recipient_kind", nullable = false, updatable = false)
	private TransferRecipient recipientKind;

	@Column(name = "group_id", updatable = false)
	private Long groupId;

	@Column(name = "interlocutor_id", updatable = false)
	private Long interlocutorId;

	@Column(name = "recipient_other", updatable = false)
	private Sealed recipientOther;

	@Column(nullable = false, updatable = false)
	private boolean designated;

	@Column(name = "round_id", updatable = false)
	private Long roundId;

	@Column(name = "commitment_key", updatable = false)
	private String commitmentKey;

	@Column(nullable = false, updatable = false)
	private Sealed justification;

	@Column(name = "legal_basis", updatable = false)
	private Sealed legalBasis;

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TransferStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "refusal_reason")
	private TransferRefusal refusal;

	@Column(name = "review_comment")
	private Sealed reviewComment;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@AuditIgnored
	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@AuditIgnored
	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected CaseTransfer() {
	}

	/**
	 * A transfer to the recipient the service has checked: the group (designated or not)
	 * or the interlocutor is the case's, the round and commitment are of the case.
	 */
	CaseTransfer(long caseId, long teamId, TransferRecord record, boolean designated, String by, Instant now,
			FieldSealer sealer) {
		this.caseId = caseId;
		this.teamId = teamId;
		this.givenOn = record.givenOn();
		this.kind = record.kind();
		this.amount = record.amount();
		this.currency = record.currencyCode();
		this.recipientKind = record.recipientKind();
		switch (this.recipientKind) {
			case GROUP -> this.groupId = required(record.groupId(), "groupId");
			case INTERLOCUTOR -> this.interlocutorId = required(record.interlocutorId(), "interlocutorId");
			case OTHER -> this.recipientOther = sealer.seal(teamId, KeyPurpose.TEAM, RECIPIENT_OTHER,
					required(Text.blankToNull(record.recipientOther()), "recipientOther").strip());
		}
		this.designated = designated && this.recipientKind == TransferRecipient.GROUP;
		this.roundId = record.roundId();
		this.commitmentKey = Text.blankToNull(record.commitmentKey());
		this.justification = sealer.seal(teamId, KeyPurpose.TEAM, JUSTIFICATION, record.justification().strip());
		String basis = Text.blankToNull(record.legalBasis());
		if (basis == null && needsLegalBasis()) {
			throw new RuleViolation("legalBasis",
					(this.kind == TransferKind.CASH) ? "transfer.legal-basis.cash" : "transfer.legal-basis.designated");
		}
		this.legalBasis = (basis != null) ? sealer.seal(teamId, KeyPurpose.TEAM, LEGAL_BASIS, basis.strip()) : null;
		this.status = TransferStatus.PENDING;
		this.recordedBy = by;
		this.recordedAt = now;
	}

	/** Cash, or anything to a designated group, states its legal basis. */
	boolean needsLegalBasis() {
		return this.kind == TransferKind.CASH || this.designated;
	}

	/** HQ's answer, once, by a reviewer who did not record it. */
	void review(TransferReview review, String by, Instant now, FieldSealer sealer) {
		if (this.status != TransferStatus.PENDING) {
			throw new RuleViolation(null, "transfer.already-reviewed");
		}
		if (by.equals(this.recordedBy)) {
			throw new RuleViolation(null, "transfer.review.own");
		}
		String comment = Text.blankToNull(review.comment());
		if (Boolean.TRUE.equals(review.approve())) {
			this.status = TransferStatus.APPROVED;
		}
		else {
			if (review.refusal() == null) {
				throw new RuleViolation("refusal", "transfer.refusal.required");
			}
			if (comment == null) {
				throw new RuleViolation("comment", "transfer.comment.required");
			}
			this.status = TransferStatus.REFUSED;
			this.refusal = review.refusal();
		}
		this.reviewComment = (comment != null)
				? sealer.seal(this.teamId, KeyPurpose.TEAM, REVIEW_COMMENT, comment.strip()) : null;
		this.reviewedBy = by;
		this.reviewedAt = now;
	}

	void requireVersion(long expected) {
		ConcurrentEditException.check(getClass().getSimpleName(), this.id, expected, this.version);
	}

	private static <T> T required(T value, String field) {
		if (value == null) {
			throw new RuleViolation(field, "transfer.recipient.required");
		}
		return value;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	@Override
	public Long caseId() {
		return this.caseId;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getGivenOn() {
		return this.givenOn;
	}

	public TransferKind getKind() {
		return this.kind;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public String getCurrency() {
		return this.currency;
	}

	public TransferRecipient getRecipientKind() {
		return this.recipientKind;
	}

	public Long getGroupId() {
		return this.groupId;
	}

	public Long getInterlocutorId() {
		return this.interlocutorId;
	}

	public Sealed getRecipientOther() {
		return this.recipientOther;
	}

	public boolean isDesignated() {
		return this.designated;
	}

	public Long getRoundId() {
		return this.roundId;
	}

	public String getCommitmentKey() {
		return this.commitmentKey;
	}

	public Sealed getJustification() {
		return this.justification;
	}

	public Sealed getLegalBasis() {
		return this.legalBasis;
	}

	public TransferStatus getStatus() {
		return this.status;
	}

	public TransferRefusal getRefusal() {
		return this.refusal;
	}

	public Sealed getReviewComment() {
		return this.reviewComment;
	}

	public String getReviewedBy() {
		return this.reviewedBy;
	}

	public Instant getReviewedAt() {
		return this.reviewedAt;
	}

	public String getRecordedBy() {
		return this.recordedBy;
	}

	public Instant getRecordedAt() {
		return this.recordedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
