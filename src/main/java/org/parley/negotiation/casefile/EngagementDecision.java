package org.parley.negotiation.casefile;

import org.parley.negotiation.DecisionStatus;
import org.parley.negotiation.DecisionView;
import org.parley.negotiation.MandateRedLine;
import org.parley.negotiation.EngagementDecisionRequested;
import org.parley.negotiation.EngagementDecisionTaken;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.parley.audit.AuditState;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A request to engage and HQ's decision on it. The requester never decides. Made by the
 * case ({@link NegotiationCase#requestDecision}) and decided through it
 * ({@link NegotiationCase#decide}); announces {@link EngagementDecisionRequested} and
 * {@link EngagementDecisionTaken} when saved. The risk assessment is sealed at rest.
 */
@Entity
@Table(name = "engagement_decision")
public class EngagementDecision implements TeamScoped, org.parley.shared.CaseScoped {

	static final SealedColumn RISK_LEGITIMACY = column("risk_legitimacy");

	static final SealedColumn RISK_INSTRUMENTALISATION = column("risk_instrumentalisation");

	static final SealedColumn RISK_LEGAL = column("risk_legal");

	static final SealedColumn RISK_STAFF_SAFETY = column("risk_staff_safety");

	static final SealedColumn RISK_REPUTATION = column("risk_reputation");

	/** Every sealed column of the table: the risks a request to engage weighs. */
	public static final List<SealedColumn> SEALED = List.of(RISK_LEGITIMACY, RISK_INSTRUMENTALISATION, RISK_LEGAL,
			RISK_STAFF_SAFETY, RISK_REPUTATION);

	/**
	 * The events to announce, made when they are published (after the save that gives a
	 * new request its id).
	 */
	@Transient
	private final transient List<Supplier<Object>> announcements = new ArrayList<>();

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private Long caseId;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(name = "risk_legitimacy", nullable = false)
	private Sealed riskLegitimacy;

	@Column(name = "risk_instrumentalisation", nullable = false)
	private Sealed riskInstrumentalisation;

	@Column(name = "risk_legal", nullable = false)
	private Sealed riskLegal;

	@Column(name = "risk_staff_safety", nullable = false)
	private Sealed riskStaffSafety;

	@Column(name = "risk_reputation", nullable = false)
	private Sealed riskReputation;

	@Column(name = "mandate_level", nullable = false, updatable = false)
	private String mandateLevel;

	@Column(name = "mandate_scope", nullable = false, updatable = false)
	private String mandateScope;

	@Column(name = "mandate_concessions", updatable = false)
	private String mandateConcessions;

	@Column(name = "mandate_red_lines", nullable = false, updatable = false)
	private String mandateRedLines;

	/** The red lines as items: the organisation's, the case's, the request's own. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "engagement_decision_red_line", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderColumn(name = "position")
	private List<MandateRedLine> redLines = new ArrayList<>();

	/** The legal and sanctions assessment of each designation in force at the request. */
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "engagement_decision_legal_assessment", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderColumn(name = "position")
	private List<LegalAssessment> assessments = new ArrayList<>();

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DecisionStatus status;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_reason")
	private String decisionReason;

	/** The red lines HQ's approval covered, one a line. */
	@Column(name = "approved_red_lines")
	private String approvedRedLines;

	/** The listings whose legal assessment HQ's approval considered, one a line. */
	@Column(name = "considered_assessments")
	private String consideredAssessments;

	@Version
	private long version;

	protected EngagementDecision() {
	}

	EngagementDecision(long caseId, long teamId, Mandate mandate, String requestedBy, FieldSealer sealer,
			KeyPurpose purpose, Instant now) {
		DecisionRequest request = mandate.request();
		this.caseId = caseId;
		this.teamId = teamId;
		this.requestedBy = requestedBy;
		this.requestedAt = now;
		this.riskLegitimacy = seal(sealer, purpose, RISK_LEGITIMACY, request.riskLegitimacy());
		this.riskInstrumentalisation = seal(sealer, purpose, RISK_INSTRUMENTALISATION,
				request.riskInstrumentalisation());
		this.riskLegal = seal(sealer, purpose, RISK_LEGAL, request.riskLegal());
		this.riskStaffSafety = seal(sealer, purpose, RISK_STAFF_SAFETY, request.riskStaffSafety());
		this.riskReputation = seal(sealer, purpose, RISK_REPUTATION, request.riskReputation());
		this.mandateLevel = request.mandateLevel().strip();
		this.mandateScope = request.mandateScope().strip();
		this.mandateConcessions = Text.blankToNull(request.mandateConcessions());
		this.redLines.addAll(mandate.items());
		this.mandateRedLines = String.join("\n", this.redLines.stream().map(MandateRedLine::text).toList());
		// a day's grace: the team's calendar may be a day ahead of UTC
		this.assessments
			.addAll(mandate.assessments(teamId, purpose, sealer, LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1)));
		this.status = DecisionStatus.PENDING;
		this.announcements
			.add(() -> new EngagementDecisionRequested(this.caseId, this.id, this.teamId, this.requestedBy));
	}

	private static SealedColumn column(String name) {
		return SealedColumn.of("engagement_decision", name);
	}

	/** Sealed under the key of the case's level (decision 0022). */
	private Sealed seal(FieldSealer sealer, KeyPurpose purpose, SealedColumn column, String text) {
		return sealer.seal(this.teamId, purpose, column, text.strip());
	}

	/** Seals the risks again under the key of the case's new level (decision 0022). */
	public void reseal(KeyPurpose purpose, FieldSealer sealer) {
		this.riskLegitimacy = sealer.reseal(this.riskLegitimacy, this.teamId, purpose, RISK_LEGITIMACY);
		this.riskInstrumentalisation = sealer.reseal(this.riskInstrumentalisation, this.teamId, purpose,
				RISK_INSTRUMENTALISATION);
		this.riskLegal = sealer.reseal(this.riskLegal, this.teamId, purpose, RISK_LEGAL);
		this.riskStaffSafety = sealer.reseal(this.riskStaffSafety, this.teamId, purpose, RISK_STAFF_SAFETY);
		this.riskReputation = sealer.reseal(this.riskReputation, this.teamId, purpose, RISK_REPUTATION);
		List<LegalAssessment> resealed = this.assessments.stream()
			.map((a) -> a.resealed(this.teamId, purpose, sealer))
			.toList();
		this.assessments.clear();
		this.assessments.addAll(resealed);
	}

	/**
	 * Records HQ's decision; an approval records the red lines it covers and the legal
	 * assessments it considered.
	 * @param assessmentsRead the reviewer confirmed reading the legal and sanctions
	 * assessments (required to approve a request that has any)
	 * @throws RuleViolation when the decision is no longer pending, the reviewer asked
	 * for it, a rejection or return has no reason, or an approval of a request with legal
	 * assessments lacks the confirmation
	 */
	void decide(DecisionStatus outcome, String reviewer, String reason, boolean assessmentsRead, Instant now) {
		if (this.status != DecisionStatus.PENDING) {
			throw new RuleViolation(null, "negotiation.decision.not-pending");
		}
		if (reviewer.equals(this.requestedBy)) {
			throw new RuleViolation(null, "negotiation.decision.own-request.refused");
		}
		if (outcome == DecisionStatus.PENDING) {
			throw new RuleViolation("outcome", "validation.required");
		}
		if (outcome != DecisionStatus.APPROVED && (reason == null || reason.isBlank())) {
			throw new RuleViolation("reason", "negotiation.decision.reason-required");
		}
		if (outcome == DecisionStatus.APPROVED) {
			approve(assessmentsRead);
		}
		this.status = outcome;
		this.decidedBy = reviewer;
		this.decidedAt = now;
		this.decisionReason = Text.blankToNull(reason);
		this.announcements.add(() -> new EngagementDecisionTaken(this.caseId, this.id, this.teamId, this.requestedBy,
				outcome, reviewer));
	}

	private void approve(boolean assessmentsRead) {
		if (!this.assessments.isEmpty()) {
			if (!assessmentsRead) {
				throw new RuleViolation("assessmentsRead", "negotiation.decision.assessments-read.required");
			}
			this.consideredAssessments = String.join("\n",
					this.assessments.stream().map(LegalAssessment::listing).toList());
		}
		this.approvedRedLines = this.redLines.isEmpty() ? this.mandateRedLines
				: String.join("\n", this.redLines.stream().map(MandateRedLine::text).toList());
	}

	@DomainEvents
	Collection<Object> domainEvents() {
		return this.announcements.stream().map(Supplier::get).toList();
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		this.announcements.clear();
	}

	@Override
	public Long caseId() {
		return this.caseId;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	public Long getCaseId() {
		return this.caseId;
	}

	public DecisionStatus getStatus() {
		return this.status;
	}

	public Long getId() {
		return this.id;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public long getVersion() {
		return this.version;
	}

	/** The request and its decision, the risk assessment opened. */
	public DecisionView view(FieldSealer sealer) {
		return view(sealer, false);
	}

	/**
	 * The request and its decision; the risk assessment opened unless redacted (a
	 * strictly confidential case read by someone who may not read its sealed fields).
	 */
	public DecisionView view(FieldSealer opener, boolean redacted) {
		FieldSealer sealer = redacted ? null : opener;
		return new DecisionView(this.id, this.requestedBy, this.requestedAt,
				open(sealer, RISK_LEGITIMACY, this.riskLegitimacy),
				open(sealer, RISK_INSTRUMENTALISATION, this.riskInstrumentalisation),
				open(sealer, RISK_LEGAL, this.riskLegal), open(sealer, RISK_STAFF_SAFETY, this.riskStaffSafety),
				open(sealer, RISK_REPUTATION, this.riskReputation), this.mandateLevel, this.mandateScope,
				this.mandateConcessions, this.mandateRedLines, List.copyOf(this.redLines),
				this.assessments.stream().map((a) -> a.view(this.teamId, sealer)).toList(), this.status, this.decidedBy,
				this.decidedAt, this.decisionReason, this.approvedRedLines, this.consideredAssessments, this.version,
				redacted);
	}

	/**
	 * The request and its decision without the risk assessment: for a list that shows
	 * none of it.
	 */
	public DecisionView summary() {
		return view(null);
	}

	private String open(FieldSealer sealer, SealedColumn column, Sealed value) {
		return (sealer != null) ? sealer.text(this.teamId, column, value) : null;
	}

}
