package org.parley.negotiation.step.engagement;

import org.parley.negotiation.step.StepSheet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

/** How the team engages (step 5): one sheet per case. */
@Entity
@Table(name = "case_engagement")
public class EngagementPlan extends StepSheet {

	@Enumerated(EnumType.STRING)
	private Modality modality;

	private String reason;

	@ElementCollection
	@CollectionTable(name = "case_engagement_member", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<TeamMember> members = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_engagement_intermediary", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "interlocutor_id")
	private Set<Long> intermediaryIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "case_engagement_approach", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "approach")
	@Enumerated(EnumType.STRING)
	private Set<Approach> approaches = new LinkedHashSet<>();

	protected EngagementPlan() {
	}

	public EngagementPlan(long caseId, long teamId) {
		super(caseId, teamId);
	}

	public void update(EngagementForm form, String user, Instant now) {
		if (form.approaches().stream().anyMatch((a) -> !a.permitted())) {
			throw new RuleViolation("approaches", "negotiation.engagement.approach.not-permitted");
		}
		this.modality = form.modality();
		this.reason = Text.blankToNull(form.reason());
		List<TeamMember> rows = form.members()
			.stream()
			.filter((m) -> !m.blank())
			.map((m) -> new TeamMember(Text.blankToNull(m.name()), Text.blankToNull(m.role())))
			.toList();
		if (rows.stream().anyMatch((m) -> m.name() == null)) {
			throw new RuleViolation("members", "negotiation.engagement.member.name-required");
		}
		if (!rows.equals(this.members)) {
			this.members.clear();
			this.members.addAll(rows);
		}
		this.intermediaryIds.retainAll(form.intermediaryIds());
		this.intermediaryIds.addAll(form.intermediaryIds());
		this.approaches.retainAll(form.approaches());
		this.approaches.addAll(form.approaches());
		saved(user, now);
	}

	public EngagementForm form() {
		return new EngagementForm(this.modality, this.reason, List.copyOf(this.members),
				Set.copyOf(this.intermediaryIds), Set.copyOf(this.approaches));
	}

}
