package org.parley.agreement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AgreementDraft;
import org.parley.agreement.AgreementStatus;
import org.parley.agreement.AgreementStatusChanged;
import org.parley.agreement.AgreementVersionReviewed;
import org.parley.agreement.AgreementVersionSubmitted;
import org.parley.agreement.ReviewComment;
import org.parley.agreement.VersionStatus;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditState;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An agreement of a case and its versions. The team drafts a version and sends it to HQ;
 * an HQ reviewer who neither drafted nor sent it approves it (it is then the one version
 * in force, the one before superseded) or returns it with comments (kept as HQ saw it and
 * answered by the next version). A change of an agreement in force is a new version,
 * drafted from the one in force. Once in force it may be suspended, breached, terminated
 * or put back in force, each with a reason, and it expires when the version in force
 * ends.
 * <p>
 * Every change goes through a method named after what people do; each checks where the
 * agreement stands, fails with a {@link RuleViolation} when the change is not possible,
 * and registers the event others hear of once the agreement is saved.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends AbstractAggregateRoot<Agreement> implements TeamScoped, org.parley.shared.CaseScoped {

	/** The changes of an agreement in force a person may make, each with a reason. */
	private static final Map<AgreementStatus, Set<AgreementStatus>> MOVES = Map.of(AgreementStatus.IN_FORCE,
			Set.of(AgreementStatus.SUSPENDED, AgreementStatus.BREACHED, AgreementStatus.TERMINATED),
			AgreementStatus.SUSPENDED, Set.of(AgreementStatus.IN_FORCE, AgreementStatus.TERMINATED),
			AgreementStatus.BREACHED, Set.of(AgreementStatus.IN_FORCE, AgreementStatus.TERMINATED));

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementStatus status;

	@Column(name = "in_force_version")
	private Integer inForceVersion;

	@Column(name = "status_reason")
	private String statusReason;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	/**
	 * The versions, oldest first. Each is a record of its own in the audit log, with its
	 * own version for the optimistic check of whoever edits, submits or reviews it;
	 * adding one changes neither the agreement's history nor its version.
	 */
	@AuditIgnored
	@OptimisticLock(excluded = true)
	@OneToMany(cascade = CascadeType.PERSIST)
	@JoinColumn(name = "agreement_id", insertable = false, updatable = false)
	@OrderBy("versionNo")
	private List<AgreementVersion> versions = new ArrayList<>();

	@Version
	private long version;

	protected Agreement() {
	}

	private Agreement(long caseId, long teamId, String createdBy, Instant now) {
		this.caseId = caseId;
		this.teamId = teamId;
		this.status = AgreementStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * A new agreement of a case, with its first version as the field officer drafted it
	 * (checked by {@link DraftRules}).
	 */
	public static Agreement draft(long caseId, long teamId, AgreementDraft content, String by, Instant now) {
		Agreement agreement = new Agreement(caseId, teamId, by, now);
		agreement.versions.add(AgreementVersion.drafted(agreement, 1, content, by, now));
		return agreement;
	}

	/**
	 * Writes the open version. A draft is written over; a version HQ returned stays as HQ
	 * saw it, with its comments, and is answered by the next version, a copy of it with
	 * the new content, which HQ then compares with it.
	 * @param expected the version of the version the user edited
	 */
	public void write(long versionId, long expected, AgreementDraft content, String by, Instant now) {
		AgreementVersion open = version(versionId, expected);
		if (open.getStatus() == VersionStatus.RETURNED) {
			if (open != latest()) {
				throw new RuleViolation(null, "agreement.version.not-editable");
			}
			open.answered(now);
			open = open.next(this, open.getVersionNo() + 1, by, now);
			this.versions.add(open);
		}
		open.write(content, now);
	}

	/**
	 * Sends a draft to HQ for review. Before any approval, the agreement waits with it;
	 * an agreement that has ended takes no new version.
	 */
	public void submit(long versionId, long expected, String by, Instant now) {
		requireNotEnded();
		AgreementVersion draft = version(versionId, expected);
		draft.submit(by, now);
		if (this.inForceVersion == null) {
			this.status = AgreementStatus.SUBMITTED;
		}
		this.updatedAt = now;
		registerEvent(new AgreementVersionSubmitted(this.id, this.caseId, this.teamId, draft.getVersionNo(),
				draft.getDraftedBy(), draft.getSubmittedBy()));
	}

	/**
	 * HQ approves a submitted version (four eyes: never the one who drafted or sent it):
	 * it is the one version in force from now on, the one before superseded.
	 */
	public void approve(long versionId, long expected, String reviewer, String comment, Instant now) {
		requireNotEnded();
		AgreementVersion submitted = version(versionId, expected);
		submitted.approve(reviewer, comment, now);
		for (AgreementVersion other : this.versions) {
			if (other != submitted && other.getStatus() == VersionStatus.APPROVED) {
				other.supersede(now);
			}
		}
		this.inForceVersion = submitted.getVersionNo();
		if (this.status == AgreementStatus.DRAFT || this.status == AgreementStatus.SUBMITTED
				|| this.status == AgreementStatus.RETURNED) {
			this.status = AgreementStatus.IN_FORCE;
		}
		this.updatedAt = now;
		reviewed(submitted, true, reviewer);
	}

	/**
	 * HQ returns a submitted version with a comment, and comments on single commitments
	 * if it wants. Before any approval, the agreement is returned with it.
	 */
	public void returnWith(long versionId, long expected, String reviewer, String comment,
			List<ReviewComment> onCommitments, Instant now) {
		AgreementVersion submitted = version(versionId, expected);
		submitted.returnWith(reviewer, comment, onCommitments, now);
		if (this.inForceVersion == null) {
			this.status = AgreementStatus.RETURNED;
		}
		this.updatedAt = now;
		reviewed(submitted, false, reviewer);
	}

	/**
	 * Drafts a new version of the agreement from the one in force, which stays in force
	 * until the new one is approved. Not while another version is open, nor once the
	 * agreement has ended.
	 * @param expected the agreement's version the user saw
	 * @return the new version's place among the versions (its id once saved)
	 */
	public int revise(long expected, String by, Instant now) {
		requireVersion(expected);
		requireNotEnded();
		AgreementVersion latest = latest();
		if (latest.open()) {
			throw new RuleViolation(null, "agreement.version.open-exists");
		}
		AgreementVersion inForce = approved()
			.orElseThrow(() -> new RuleViolation(null, "agreement.version.none-approved"));
		this.versions.add(inForce.next(this, latest.getVersionNo() + 1, by, now));
		return latest.getVersionNo() + 1;
	}

	/**
	 * Suspends, marks breached, terminates or puts back in force, always with a reason.
	 */
	public void move(long expected, AgreementStatus to, String reason, String by, Instant now) {
		requireVersion(expected);
		move(to, reason, by, now);
	}

	/**
	 * A violated commitment breaches the agreement: the evidence is the reason. Only an
	 * agreement in force is breached.
	 */
	public void breach(String evidence, String by, Instant now) {
		move(AgreementStatus.BREACHED, evidence, by, now);
	}

	private void move(AgreementStatus to, String reason, String by, Instant now) {
		if (to == null || !movesFrom(this.status).contains(to)) {
			throw new RuleViolation("status", "agreement.status.not-allowed");
		}
		if (Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "agreement.status.reason-required");
		}
		this.status = to;
		this.statusReason = reason.strip();
		this.updatedAt = now;
		registerEvent(new AgreementStatusChanged(this.id, this.caseId, this.teamId, to, by));
	}

	/**
	 * The end date of the version in force has passed: the agreement has expired, whether
	 * in force, suspended or breached. The page says why in the reader's language; no
	 * reason is typed.
	 * @return whether it expired now
	 */
	public boolean expireIfEnded(LocalDate today, Instant now) {
		LocalDate end = inForceContent().map(AgreementDraft::validTo).orElse(null);
		if (end == null || !end.isBefore(today) || !MOVES.containsKey(this.status)) {
			return false;
		}
		this.status = AgreementStatus.EXPIRED;
		this.statusReason = null;
		this.updatedAt = now;
		registerEvent(new AgreementStatusChanged(this.id, this.caseId, this.teamId, AgreementStatus.EXPIRED, null));
		return true;
	}

	/** What the version in force says, if a version is in force. */
	public Optional<AgreementDraft> inForceContent() {
		return approved().map(AgreementVersion::content);
	}

	/**
	 * When HQ first approved a version of the agreement (a later approval of a change
	 * does not restart its monitoring), if ever.
	 */
	public Optional<Instant> firstApprovedAt() {
		return this.versions.stream()
			.filter(AgreementVersion::everApproved)
			.min(Comparator.comparingInt(AgreementVersion::getVersionNo))
			.map(AgreementVersion::getReviewedAt);
	}

	/** The id of a version by its number, once saved. */
	public long versionId(int versionNo) {
		return this.versions.stream()
			.filter((v) -> v.getVersionNo() == versionNo)
			.findFirst()
			.map(AgreementVersion::getId)
			.orElseThrow(() -> new AgreementNotFoundException(this.id));
	}

	/** The agreement as its page and the API show it: every version, newest first. */
	public AgreementDetails details() {
		return new AgreementDetails(this.id, this.caseId, this.status, this.inForceVersion, this.statusReason,
				this.createdBy, this.version, newestFirst().stream().map(AgreementVersion::view).toList(),
				movesFrom(this.status));
	}

	/** The newest version. */
	public AgreementDetails.VersionView latestView() {
		return latest().view();
	}

	/** The ids of its versions (the records of its history). */
	public List<Long> versionIds() {
		return this.versions.stream().map(AgreementVersion::getId).toList();
	}

	/** The changes a person may make from a status, each with a reason. */
	private static Set<AgreementStatus> movesFrom(AgreementStatus status) {
		return MOVES.getOrDefault(status, Set.of());
	}

	/** Fails when the agreement the user worked on is not the one stored. */
	private void requireVersion(long expected) {
		ConcurrentEditException.check("Agreement", this.id, expected, this.version);
	}

	/** The events registered and not yet published. */
	Collection<Object> events() {
		return domainEvents();
	}

	private void requireNotEnded() {
		if (this.status == AgreementStatus.TERMINATED || this.status == AgreementStatus.EXPIRED) {
			throw new RuleViolation(null, "agreement.revision.ended");
		}
	}

	private void reviewed(AgreementVersion version, boolean approved, String reviewer) {
		registerEvent(new AgreementVersionReviewed(this.id, this.caseId, this.teamId, version.getVersionNo(), approved,
				version.getDraftedBy(), version.getSubmittedBy(), reviewer));
	}

	private AgreementVersion version(long versionId, long expected) {
		AgreementVersion found = this.versions.stream()
			.filter((v) -> v.getId() != null && v.getId() == versionId)
			.findFirst()
			.orElseThrow(() -> new AgreementNotFoundException(this.id));
		found.requireVersion(expected);
		return found;
	}

	private Optional<AgreementVersion> approved() {
		return this.versions.stream().filter((v) -> v.getStatus() == VersionStatus.APPROVED).findFirst();
	}

	private AgreementVersion latest() {
		return this.versions.stream().max(Comparator.comparingInt(AgreementVersion::getVersionNo)).orElseThrow();
	}

	private List<AgreementVersion> newestFirst() {
		return this.versions.stream()
			.sorted(Comparator.comparingInt(AgreementVersion::getVersionNo).reversed())
			.toList();
	}

	public Long getId() {
		return this.id;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public AgreementStatus getStatus() {
		return this.status;
	}

	public Integer getInForceVersion() {
		return this.inForceVersion;
	}

	public long getVersion() {
		return this.version;
	}

	@Override
	public Long caseId() {
		return this.caseId;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

}
