package org.parley.agreement;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * One version of an agreement. It is written while a draft (or returned), then submitted,
 * and HQ approves it or returns it with comments. Once approved it is never changed
 * again: a change is a new version.
 */
@Entity
@Table(name = "agreement_version")
class AgreementVersion implements TeamScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

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
	private List<Party> parties = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "agreement_commitment", joinColumns = @JoinColumn(name = "agreement_version_id"))
	@OrderColumn(name = "position")
	private List<Commitment> commitments = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "agreement_review_comment", joinColumns = @JoinColumn(name = "agreement_version_id"))
	@OrderColumn(name = "position")
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

	AgreementVersion(long agreementId, long teamId, int versionNo, String draftedBy, Instant now) {
		this.agreementId = agreementId;
		this.teamId = teamId;
		this.versionNo = versionNo;
		this.status = VersionStatus.DRAFT;
		this.draftedBy = draftedBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** The next version, starting as a copy of this one. */
	AgreementVersion next(int number, String user, Instant now) {
		AgreementVersion next = new AgreementVersion(this.agreementId, this.teamId, number, user, now);
		next.write(content(), List.copyOf(this.parties), List.copyOf(this.commitments), now);
		return next;
	}

	/** Takes the draft's values; parties and commitments come cleaned by the service. */
	void write(AgreementDraft draft, List<Party> cleanParties, List<Commitment> cleanCommitments, Instant now) {
		if (this.status != VersionStatus.DRAFT) {
			throw new RuleViolation(null, "agreement.version.not-editable");
		}
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
		if (!cleanParties.equals(this.parties)) {
			this.parties.clear();
			this.parties.addAll(cleanParties);
		}
		if (!cleanCommitments.equals(this.commitments)) {
			this.commitments.clear();
			this.commitments.addAll(cleanCommitments);
		}
		this.updatedAt = now;
	}

	void submit(String user, Instant now) {
		if (this.status != VersionStatus.DRAFT) {
			throw new RuleViolation(null, "agreement.version.not-editable");
		}
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
		if (this.status != VersionStatus.RETURNED) {
			throw new RuleViolation(null, "agreement.version.not-editable");
		}
		this.status = VersionStatus.ANSWERED;
		this.updatedAt = now;
	}

	void supersede(Instant now) {
		this.status = VersionStatus.SUPERSEDED;
		this.updatedAt = now;
	}

	private void requireReviewable(String reviewer) {
		if (this.status != VersionStatus.SUBMITTED) {
			throw new RuleViolation(null, "agreement.review.not-submitted");
		}
		if (reviewer.equals(this.draftedBy) || reviewer.equals(this.submittedBy)) {
			throw new RuleViolation(null, "agreement.review.own-version");
		}
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

	long getAgreementId() {
		return this.agreementId;
	}

	int getVersionNo() {
		return this.versionNo;
	}

	/** When HQ approved or returned this version; null until then. */
	Instant getReviewedAt() {
		return this.reviewedAt;
	}

	VersionStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

}
