package org.parley.agreement.monitoring;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.parley.agreement.ObligationKind;
import org.parley.agreement.ReviewView;
import org.parley.armedgroup.ControlLevel;
import org.parley.armedgroup.Stance;
import org.parley.shared.Text;

/**
 * One periodic review of an armed group that is a party to an agreement in force: what
 * the team sees of its stance, leadership, control and tactics this month, recorded
 * within two weeks.
 */
@Entity
@Table(name = "group_review")
public class GroupReview extends Obligation {

	/** How long the team has to record a review after it falls due. */
	static final int WINDOW_DAYS = 14;

	@Column(name = "group_id", nullable = false, updatable = false)
	private Long groupId;

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

	protected GroupReview() {
	}

	GroupReview(Scheduled agreement, long groupId, LocalDate dueOn, Instant now) {
		super(agreement, dueOn, WINDOW_DAYS, now);
		this.groupId = groupId;
	}

	@Override
	public ObligationKind kind() {
		return ObligationKind.GROUP_REVIEW;
	}

	void record(GroupReviewRecord record, String user, Instant now) {
		requireNotRecorded();
		recordedOn(record.reviewedOn(), "reviewedOn", user, now);
		this.stance = record.stance();
		this.control = record.control();
		this.leadership = record.leadership().strip();
		this.tactics = Text.blankToNull(record.tactics());
		this.assessment = Text.blankToNull(record.assessment());
		this.reassess = Boolean.TRUE.equals(record.reassess());
		this.reviewedOn = record.reviewedOn();
	}

	ReviewView view(String groupName, LocalDate today) {
		return new ReviewView(getId(), getAgreementId(), getCaseId(), this.groupId, groupName, getDueOn(),
				getWindowEnds(), this.stance, this.control, this.leadership, this.tactics, this.assessment,
				Boolean.TRUE.equals(this.reassess), this.reviewedOn, getRecordedBy(), getVersion(), due(today),
				overdue(today));
	}

	long groupId() {
		return this.groupId;
	}

}
