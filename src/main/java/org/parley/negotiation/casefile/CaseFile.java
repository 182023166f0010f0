package org.parley.negotiation.casefile;

import org.parley.negotiation.ObjectiveType;
import org.parley.negotiation.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.type.SqlTypes;
import org.parley.audit.AuditIgnored;
import org.parley.protection.Classification;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What a case is about and whose it is: its team, title, area, groups, objective,
 * priority and lead negotiator, the guiding questions it is answered against, who opened
 * it and when. The case's way through the method is {@link NegotiationCase}'s.
 */
@MappedSuperclass
public abstract class CaseFile extends AbstractAggregateRoot<NegotiationCase>
		implements TeamScoped, org.parley.shared.CaseScoped {

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

	/** How sensitive the case's sealed fields are (decision 0022). */
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification = Classification.CONFIDENTIAL;

	/**
	 * The HQ reviewers (user ids) who read its sealed fields when strictly confidential.
	 */
	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "named_reviewers", nullable = false)
	private List<Long> namedReviewers = new ArrayList<>();

	@Version
	private long version;

	protected CaseFile() {
	}

	protected CaseFile(long teamId, CaseForm form, String leadNegotiator, int questionSetVersion, String createdBy,
			Instant now) {
		this.teamId = teamId;
		this.questionSetVersion = questionSetVersion;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.classification = Classification.orDefault(form.classification(), Classification.CONFIDENTIAL);
		describe(form, leadNegotiator, now);
	}

	/**
	 * The new level; the reviewer who raises the case to strictly confidential is named
	 * on it. The caller reseals the sealed fields.
	 */
	protected void level(Classification level, long reviewer) {
		this.classification = level;
		if (level.strict() && !this.namedReviewers.contains(reviewer)) {
			Set<Long> named = new TreeSet<>(this.namedReviewers);
			named.add(reviewer);
			this.namedReviewers = new ArrayList<>(named);
		}
	}

	/** The HQ reviewers named by the team's field officers (checked by the service). */
	public void name(Collection<Long> reviewers) {
		List<Long> named = new ArrayList<>(new TreeSet<>(reviewers));
		if (!named.equals(this.namedReviewers)) {
			this.namedReviewers = named;
		}
	}

	public Classification getClassification() {
		return this.classification;
	}

	public List<Long> namedReviewerIds() {
		return List.copyOf(this.namedReviewers);
	}

	/** Title, area, groups, objective, priority and lead: what the case is about. */
	public void describe(CaseForm form, String leadNegotiator, Instant now) {
		this.title = form.title().strip();
		this.country = form.country();
		this.region = Text.blankToNull(form.region());
		this.locality = Text.blankToNull(form.locality());
		this.groupIds.retainAll(form.groupIds());
		this.groupIds.addAll(form.groupIds());
		this.objectiveType = form.objectiveType();
		this.priority = form.priority();
		this.leadNegotiator = leadNegotiator;
		this.updatedAt = now;
	}

	public Set<Long> getGroupIds() {
		return Collections.unmodifiableSet(this.groupIds);
	}

	public String getTitle() {
		return this.title;
	}

	public int getQuestionSetVersion() {
		return this.questionSetVersion;
	}

	@Override
	public Long caseId() {
		return this.getId();
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getLeadNegotiator() {
		return this.leadNegotiator;
	}

	/** The case changed now (lists show cases most recently changed first). */
	protected void touch(Instant now) {
		this.updatedAt = now;
	}

}
