package org.parley.agreement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.Commitment;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.FormOfAgreement;
import org.parley.agreement.Party;
import org.parley.agreement.ReviewComment;
import org.parley.agreement.SigningStatus;
import org.parley.agreement.Stage;
import org.parley.agreement.VersionStatus;
import org.parley.audit.AuditIgnored;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * One version of an agreement, part of the {@link Agreement} and changed only through it.
 * It is written while a draft, then submitted, and HQ approves it or returns it with
 * comments. Once reviewed it is never changed again (but for being superseded or
 * answered): a change is a new version.
 */
@Entity
@Table(name = "agreement_version")
class AgreementVersion implements TeamScoped, OfAgreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

	/** The agreement that drafts this version, until it is saved and has its number. */
	@Transient
	private Agreement drafter;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private VersionStatus status;

	@Column(nullable = false)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FormOfAgreement form;

	@Column(name = "scope_area")
	private String scopeArea;

	@Column(name = "scope_population")
	private String scopePopulation;

	@Column(name = "scope_activities")
	private String scopeActivities;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	@Column(nullable = false)
	private String summary;

	@Column(name = "full_text")
	private String fullText;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Stage stage;

	@Enumerated(EnumType.STRING)
	@Column(name = "signing_status", nullable = false)
	private SigningStatus signingStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "dispute_settlement", nullable = false)
	private DisputeSettlement disputeSettlement;

	@ElementCollection
	@CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_version_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 20)
	private List<Party> parties = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "agreement_commitment", joinColumns = @JoinColumn(name = "agreement_version_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 20)
	private List<Commitment> commitments = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "agreement_review_comment", joinColumns = @JoinColumn(name = "agreement_version_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 20)
	private List<ReviewComment> comments = new ArrayList<>();

	@Column(name = "drafted_by", nullable = false, updatable = false)
	private String draftedBy;

	@Column(name = "submitted_by")
	private String submittedBy;

	@AuditIgnored
	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "reviewed_by")
	private String reviewedBy;

	@AuditIgnored
	@Column(name = "reviewed_at")
	private Instant reviewedAt;

	@Column(name = "review_comment")
	private String reviewComment;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected AgreementVersion() {
	}

	private AgreementVersion(Agreement drafter, int versionNo, String draftedBy, Instant now) {
		this.drafter = drafter;
		this.agreementId = drafter.getId();
		this.teamId = drafter.teamId();
		this.versionNo = versionNo;
		this.status = VersionStatus.DRAFT;
		this.draftedBy = draftedBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** A new draft of an agreement, with what the field officer wrote. */
	static AgreementVersion drafted(Agreement agreement, int versionNo, AgreementDraft content, String by,
			Instant now) {
		AgreementVersion drafted = new AgreementVersion(agreement, versionNo, by, now);
		drafted.write(content, now);
		return drafted;
	}

	/** The next version, a draft that starts as a copy of this one. */
	AgreementVersion next(Agreement agreement, int number, String by, Instant now) {
		return drafted(agreement, number, content(), by, now);
	}

	/**
	 * A version drafted together with its agreement takes the agreement's number once the
	 * agreement has one.
	 */
	@PrePersist
	void numberedUnderItsAgreement() {
		if (this.agreementId == null) {
			this.agreementId = this.drafter.getId();
		}
	}

	/** Takes the content of a draft (checked by {@link DraftRules}). */
	void write(AgreementDraft draft, Instant now) {
		requireStatus(VersionStatus.DRAFT, "agreement.version.not-editable");
		this.title = draft.title().strip();
		this.form = draft.form();
		this.scopeArea = Text.blankToNull(draft.scopeArea());
		this.scopePopulation = Text.blankToNull(draft.scopePopulation());
		this.scopeActivities = Text.blankToNull(draft.scopeActivities());
		this.validFrom = draft.validFrom();
		this.validTo = draft.validTo();
		this.summary = draft.summary().strip();
		this.fullText = Text.blankToNull(draft.fullText());
		this.stage = draft.stage();
		this.signingStatus = draft.signingStatus();
		this.disputeSettlement = draft.disputeSettlement();
		if (!draft.parties().equals(this.parties)) {
			this.parties.clear();
			this.parties.addAll(draft.parties());
		}
		if (!draft.commitments().equals(this.commitments)) {
			this.commitments.clear();
			this.commitments.addAll(draft.commitments());
		}
		this.updatedAt = now;
	}

	void submit(String user, Instant now) {
		requireStatus(VersionStatus.DRAFT, "agreement.version.not-editable");
		this.status = VersionStatus.SUBMITTED;
		this.submittedBy = user;
		this.submittedAt = now;
		this.updatedAt = now;
	}

	/** HQ approves: never the one who drafted or submitted the version. */
	void approve(String reviewer, String comment, Instant now) {
		requireReviewable(reviewer);
		this.status = VersionStatus.APPROVED;
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
		this.reviewComment = Text.blankToNull(comment);
		this.updatedAt = now;
	}

	/** HQ returns it with a comment, and optionally comments on single commitments. */
	void returnWith(String reviewer, String comment, List<ReviewComment> onCommitments, Instant now) {
		requireReviewable(reviewer);
		if (Text.blankToNull(comment) == null) {
			throw new RuleViolation("comment", "agreement.review.comment-required");
		}
		this.status = VersionStatus.RETURNED;
		this.reviewedBy = reviewer;
		this.reviewedAt = now;
		this.reviewComment = comment.strip();
		this.comments.clear();
		this.comments.addAll(onCommitments);
		this.updatedAt = now;
	}

	/**
	 * The team answered HQ's return with the next version: this one stays as returned.
	 */
	void answered(Instant now) {
		requireStatus(VersionStatus.RETURNED, "agreement.version.not-editable");
		this.status = VersionStatus.ANSWERED;
		this.updatedAt = now;
	}

	/** A later version was approved: this one is no longer in force. */
	void supersede(Instant now) {
		requireStatus(VersionStatus.APPROVED, "agreement.version.none-approved");
		this.status = VersionStatus.SUPERSEDED;
		this.updatedAt = now;
	}

	/** Fails when the version the user worked on is not the one stored. */
	void requireVersion(long expected) {
		ConcurrentEditException.check("AgreementVersion", this.id, expected, this.version);
	}

	private void requireReviewable(String reviewer) {
		requireStatus(VersionStatus.SUBMITTED, "agreement.review.not-submitted");
		if (reviewer.equals(this.draftedBy) || reviewer.equals(this.submittedBy)) {
			throw new RuleViolation(null, "agreement.review.own-version");
		}
	}

	private void requireStatus(VersionStatus required, String messageKey) {
		if (this.status != required) {
			throw new RuleViolation(null, messageKey);
		}
	}

	/** Being drafted, waiting for HQ, or returned and not yet answered. */
	boolean open() {
		return this.status == VersionStatus.DRAFT || this.status == VersionStatus.SUBMITTED
				|| this.status == VersionStatus.RETURNED;
	}

	/** Approved once, whether still in force or superseded since. */
	boolean everApproved() {
		return this.status == VersionStatus.APPROVED || this.status == VersionStatus.SUPERSEDED;
	}

	AgreementDraft content() {
		return new AgreementDraft(this.title, this.form, this.scopeArea, this.scopePopulation, this.scopeActivities,
				this.validFrom, this.validTo, this.summary, this.fullText, this.stage, this.signingStatus,
				this.disputeSettlement, List.copyOf(this.parties), List.copyOf(this.commitments));
	}

	AgreementDetails.VersionView view() {
		return new AgreementDetails.VersionView(this.id, this.versionNo, this.status, content(), this.draftedBy,
				this.submittedBy, this.submittedAt, this.reviewedBy, this.reviewedAt, this.reviewComment,
				List.copyOf(this.comments), this.version);
	}

	Long getId() {
		return this.id;
	}

	int getVersionNo() {
		return this.versionNo;
	}

	VersionStatus getStatus() {
		return this.status;
	}

	String getDraftedBy() {
		return this.draftedBy;
	}

	String getSubmittedBy() {
		return this.submittedBy;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	/** When HQ approved or returned this version; null until then. */
	Instant getReviewedAt() {
		return this.reviewedAt;
	}

	@Override
	public Long agreementId() {
		return this.agreementId;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

}
