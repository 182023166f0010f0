package org.parley.negotiation;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditState;
import org.parley.shared.TeamScoped;

/**
 * One negotiation effort of a team. It starts at conflict analysis with the guiding
 * questions current at opening; the workflow (steps, gates, rounds) builds on it.
 */
@Entity
@Table(name = "negotiation_case")
class NegotiationCase implements TeamScoped {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String country;

	private String region;

	private String locality;

	@ElementCollection
	@CollectionTable(name = "negotiation_case_group", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "group_id")
	private Set<Long> groupIds = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(name = "objective_type", nullable = false)
	private ObjectiveType objectiveType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Priority priority;

	@Column(name = "lead_negotiator", nullable = false)
	private String leadNegotiator;

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(name = "current_step", nullable = false)
	private MethodStep currentStep;

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status;

	@Column(name = "question_set_version", nullable = false, updatable = false)
	private int questionSetVersion;

	@Column(name = "created_by", nullable = false, updatable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected NegotiationCase() {
	}

	NegotiationCase(long teamId, CaseForm form, String leadNegotiator, int questionSetVersion, String createdBy,
			Instant now) {
		this.teamId = teamId;
		this.currentStep = MethodStep.CONFLICT_ANALYSIS;
		this.status = CaseStatus.ACTIVE;
		this.questionSetVersion = questionSetVersion;
		this.createdBy = createdBy;
		this.createdAt = now;
		describe(form, leadNegotiator, now);
	}

	void describe(CaseForm form, String leadNegotiator, Instant now) {
		this.title = form.title().strip();
		this.country = form.country();
		this.region = blankToNull(form.region());
		this.locality = blankToNull(form.locality());
		this.groupIds.retainAll(form.groupIds());
		this.groupIds.addAll(form.groupIds());
		this.objectiveType = form.objectiveType();
		this.priority = form.priority();
		this.leadNegotiator = leadNegotiator;
		this.updatedAt = now;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	String getLeadNegotiator() {
		return this.leadNegotiator;
	}

}
