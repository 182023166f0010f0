package org.parley.negotiation.step.group;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * A dated assessment of one armed group of a case (step 2). A reassessment is a new
 * snapshot, so the two can be compared.
 */
@Entity
@Table(name = "case_group_assessment")
public class GroupAssessment implements TeamScoped, org.parley.shared.CaseScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "group_id", nullable = false, updatable = false)
	private Long groupId;

	@Column(name = "assessed_on", nullable = false)
	private LocalDate assessedOn;

	@Column(name = "assessed_by", nullable = false)
	private String assessedBy;

	private String structure;

	@Column(name = "decision_makers")
	private String decisionMakers;

	private String interests;

	private String perception;

	@Column(name = "gains_losses")
	private String gainsLosses;

	@Column(name = "past_behaviour")
	private String pastBehaviour;

	private String positions;

	private String reasoning;

	private String motives;

	@ElementCollection
	@CollectionTable(name = "case_assessment_influencer", joinColumns = @JoinColumn(name = "assessment_id"))
	@OrderColumn(name = "position")
	private List<Influencer> influencers = new ArrayList<>();

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected GroupAssessment() {
	}

	public GroupAssessment(long caseId, long teamId, long groupId, Instant now) {
		this.caseId = caseId;
		this.teamId = teamId;
		this.groupId = groupId;
		this.createdAt = now;
	}

	public void update(AssessmentForm form, String user, Instant now) {
		this.assessedOn = form.assessedOn();
		this.assessedBy = user;
		this.structure = Text.blankToNull(form.structure());
		this.decisionMakers = Text.blankToNull(form.decisionMakers());
		this.interests = Text.blankToNull(form.interests());
		this.perception = Text.blankToNull(form.perception());
		this.gainsLosses = Text.blankToNull(form.gainsLosses());
		this.pastBehaviour = Text.blankToNull(form.pastBehaviour());
		this.positions = Text.blankToNull(form.positions());
		this.reasoning = Text.blankToNull(form.reasoning());
		this.motives = Text.blankToNull(form.motives());
		List<Influencer> rows = form.influencers()
			.stream()
			.filter((i) -> !i.blank())
			.map((i) -> new Influencer(Text.blankToNull(i.name()), Text.blankToNull(i.role()),
					(i.influence() != null) ? i.influence() : Influence.MEDIUM,
					(i.disposition() != null) ? i.disposition() : Disposition.UNKNOWN, Text.blankToNull(i.notes())))
			.toList();
		if (!rows.equals(this.influencers)) {
			this.influencers.clear();
			this.influencers.addAll(rows);
		}
		this.updatedAt = now;
	}

	public AssessmentForm form() {
		return new AssessmentForm(this.assessedOn, this.structure, this.decisionMakers, this.interests, this.perception,
				this.gainsLosses, this.pastBehaviour, this.positions, this.reasoning, this.motives,
				List.copyOf(this.influencers));
	}

	public Long getId() {
		return this.id;
	}

	public long getCaseId() {
		return this.caseId;
	}

	public long getGroupId() {
		return this.groupId;
	}

	public String getAssessedBy() {
		return this.assessedBy;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
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
