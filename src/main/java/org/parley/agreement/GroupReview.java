package org.parley.agreement;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.parley.armedgroup.ControlLevel;
import org.parley.armedgroup.Stance;
import org.parley.audit.AuditIgnored;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * One periodic review of an armed group that is a party to an agreement in force: what
 * the team sees of its stance, leadership, control and tactics this month. Scheduled by
 * the system; recorded once by a field officer; overdue when its window ends unrecorded.
 */
@Entity
@Table(name = "group_review")
class GroupReview implements TeamScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "agreement_id", nullable = false, updatable = false)
	private Long agreementId;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "group_id", nullable = false, updatable = false)
	private Long groupId;

	@Column(name = "due_on", nullable = false, updatable = false)
	private LocalDate dueOn;

	@Column(name = "window_ends", nullable = false, updatable = false)
	private LocalDate windowEnds;

	@Enumerated(EnumType.STRING)
	private Stance stance;

	@Enumerated(EnumType.STRING)
	private ControlLevel control;

	private String leadership;

	private String tactics;

	private String assessment;

	private Boolean reassess;

	@Column(name = "reviewed_on")
	private LocalDate reviewedOn;

	@Column(name = "recorded_by")
	private String recordedBy;

	@AuditIgnored
	@Column(name = "recorded_at")
	private Instant recordedAt;

	@AuditIgnored
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected GroupReview() {
	}

	GroupReview(long agreementId, long caseId, long teamId, long groupId, LocalDate dueOn, LocalDate windowEnds,
			Instant now) {
		this.agreementId = agreementId;
		this.caseId = caseId;
		this.teamId = teamId;
		this.groupId = groupId;
		this.dueOn = dueOn;
		this.windowEnds = windowEnds;
		this.createdAt = now;
	}

	void record(GroupReviewRecord record, String user, Instant now) {
		if (this.stance != null) {
			throw new RuleViolation(null, "agreement.monitoring.already-recorded");
		}
		if (record.reviewedOn().isBefore(this.dueOn)) {
			throw new RuleViolation("reviewedOn", "agreement.monitoring.before-due");
		}
		this.stance = record.stance();
		this.control = record.control();
		this.leadership = record.leadership().strip();
		this.tactics = Text.blankToNull(record.tactics());
		this.assessment = Text.blankToNull(record.assessment());
		this.reassess = Boolean.TRUE.equals(record.reassess());
		this.reviewedOn = record.reviewedOn();
		this.recordedBy = user;
		this.recordedAt = now;
	}

	ReviewView view(String groupName, LocalDate today) {
		return new ReviewView(this.id, this.agreementId, this.caseId, this.groupId, groupName, this.dueOn,
				this.windowEnds, this.stance, this.control, this.leadership, this.tactics, this.assessment,
				Boolean.TRUE.equals(this.reassess), this.reviewedOn, this.recordedBy, this.version,
				!this.dueOn.isAfter(today), this.stance == null && this.windowEnds.isBefore(today));
	}

	Long getId() {
		return this.id;
	}

	long getAgreementId() {
		return this.agreementId;
	}

	long getCaseId() {
		return this.caseId;
	}

	long getGroupId() {
		return this.groupId;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	long getVersion() {
		return this.version;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	/**
	 * A review as pages and the API show it.
	 *
	 * @param due its due date has come (it can be recorded)
	 * @param overdue not recorded and its window has ended
	 * @param reassess the team judged that the group must be assessed again in the case
	 */
	public record ReviewView(long id, long agreementId, long caseId, long groupId, String groupName, LocalDate dueOn,
			LocalDate windowEnds, Stance stance, ControlLevel control, String leadership, String tactics,
			String assessment, boolean reassess, LocalDate reviewedOn, String recordedBy, long version, boolean due,
			boolean overdue) {

		public boolean recorded() {
			return this.stance != null;
		}

	}

}
