package org.parley.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.CaseScoped;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamScoped;
import org.parley.shared.Text;

/**
 * A request from outside (an authority, a donor, another agency, the media, the person
 * concerned or their lawyer) for personal data a team holds, and what became of it. It
 * moves from received to under assessment (once the risk to the people concerned is
 * written down), to decided (by an HQ reviewer of the team, with a reason, and with what
 * was disclosed when anything was, confirmed as the minimum necessary), to closed; or it
 * is withdrawn before a decision. Each move checks the state it starts from and fails
 * with a message key; a decision is never taken twice and never changed afterwards.
 * <p>
 * A request that concerns exactly one case is filed under that case in the audit log (its
 * entries are part of the case's history and dossier).
 * <p>
 * Who asked, what for, on what basis as stated, the assessment and what was disclosed are
 * sealed at rest under the team's key (decision 0020); the reasons for a decision or a
 * withdrawal stay in clear, as the audit log records them with the change.
 */
@Entity
@Table(name = "disclosure_request")
@DynamicUpdate
class DisclosureRequest implements TeamScoped, CaseScoped {

	static final SealedColumn REQUESTER_NAME = SealedColumn.of("disclosure_request", "requester_name");

	static final SealedColumn LEGAL_BASIS_DETAIL = SealedColumn.of("disclosure_request", "legal_basis_detail");

	static final SealedColumn REQUESTED = SealedColumn.of("disclosure_request", "requested");

	static final SealedColumn RISK_ASSESSMENT = SealedColumn.of("disclosure_request", "risk_assessment");

	static final SealedColumn PURPOSE_ASSESSMENT = SealedColumn.of("disclosure_request", "purpose_assessment");

	static final SealedColumn DISCLOSED = SealedColumn.of("disclosure_request", "disclosed");

	/** Every sealed column of the table. */
	static final List<SealedColumn> SEALED = List.of(REQUESTER_NAME, LEGAL_BASIS_DETAIL, REQUESTED, RISK_ASSESSMENT,
			PURPOSE_ASSESSMENT, DISCLOSED);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "team_id", nullable = false, updatable = false)
	private Long teamId;

	@Column(name = "received_on", nullable = false)
	private LocalDate receivedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "requester_kind", nullable = false)
	private RequesterKind requesterKind;

	@Column(name = "requester_name", nullable = false)
	private Sealed requesterName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_basis", nullable = false)
	private LegalBasis legalBasis;

	@Column(name = "legal_basis_detail")
	private Sealed legalBasisDetail;

	@Column(nullable = false)
	private Sealed requested;

	private LocalDate deadline;

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "disclosure_request_case", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "case_id")
	private Set<Long> caseIds = new LinkedHashSet<>();

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "disclosure_request_group", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "group_id")
	private Set<Long> groupIds = new LinkedHashSet<>();

	@ElementCollection
	@BatchSize(size = 50)
	@CollectionTable(name = "disclosure_request_interlocutor", joinColumns = @JoinColumn(name = "request_id"))
	@Column(name = "interlocutor_id")
	private Set<Long> interlocutorIds = new LinkedHashSet<>();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestState state;

	@Column(name = "risk_assessment")
	private Sealed riskAssessment;

	@Column(name = "purpose_assessment")
	private Sealed purposeAssessment;

	@Column(name = "assessed_by")
	private String assessedBy;

	@Column(name = "assessed_at")
	private Instant assessedAt;

	@Enumerated(EnumType.STRING)
	private DisclosureOutcome outcome;

	@Column(name = "decision_reason")
	private String decisionReason;

	private Sealed disclosed;

	@Column(name = "minimum_necessary", nullable = false)
	private boolean minimumNecessary;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "end_note")
	private String endNote;

	@Column(name = "ended_by")
	private String endedBy;

	@Column(name = "ended_at")
	private Instant endedAt;

	/**
	 * The one case the request concerns, if it concerns exactly one: kept as a column so
	 * that the audit log files the entries under it without loading the links.
	 */
	@AuditIgnored
	@Column(name = "filed_case_id")
	private Long filedCaseId;

	@Column(name = "recorded_by", nullable = false, updatable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected DisclosureRequest() {
	}

	/**
	 * A request just received, as the team recorded it; the links are already checked.
	 */
	DisclosureRequest(long teamId, DisclosureRequestForm form, String recordedBy, Instant now, FieldSealer sealer) {
		this.teamId = teamId;
		this.state = RequestState.RECEIVED;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
		write(form, now, sealer);
	}

	/**
	 * Corrects what was asked, by whom and on what basis, and what it concerns: only
	 * while no decision is taken (a decided request is the record of what was decided
	 * on).
	 */
	void describe(DisclosureRequestForm form, Instant now, FieldSealer sealer) {
		requireOpen("disclosure.decided.no-change");
		write(form, now, sealer);
	}

	/**
	 * The team's assessment: the risk to the people concerned, and whether disclosure
	 * fits the purpose of the data and the mandate. The first one puts the request under
	 * assessment; it may be rewritten until HQ decides.
	 */
	void assess(String risk, String purpose, String by, Instant now, FieldSealer sealer) {
		requireOpen("disclosure.decided.no-change");
		if (Text.blankToNull(risk) == null) {
			throw new RuleViolation("riskAssessment", "disclosure.assessment.risk-required");
		}
		this.riskAssessment = seal(sealer, this.riskAssessment, RISK_ASSESSMENT, risk.strip());
		this.purposeAssessment = seal(sealer, this.purposeAssessment, PURPOSE_ASSESSMENT, Text.blankToNull(purpose));
		this.assessedBy = by;
		this.assessedAt = now;
		this.state = RequestState.UNDER_ASSESSMENT;
		this.updatedAt = now;
	}

	/**
	 * An HQ reviewer of the team decides, once, after the assessment: a reason always;
	 * when anything is disclosed, what it is and the statement that it is the minimum
	 * necessary; when the request is refused, nothing disclosed.
	 */
	void decide(DecisionForm decision, CurrentUser reviewer, Instant now, FieldSealer sealer) {
		if (!DisclosurePermissions.canDecide(reviewer, this.teamId)) {
			throw new RuleViolation(null, "disclosure.decision.hq-only");
		}
		switch (this.state) {
			case RECEIVED -> throw new RuleViolation(null, "disclosure.decision.assess-first");
			case DECIDED, CLOSED -> throw new RuleViolation(null, "disclosure.decision.already");
			case WITHDRAWN -> throw new RuleViolation(null, "disclosure.withdrawn.no-change");
			case UNDER_ASSESSMENT -> {
				// the one state a decision is taken from
			}
		}
		if (decision.outcome() == null) {
			throw new RuleViolation("outcome", "validation.required");
		}
		if (Text.blankToNull(decision.reason()) == null) {
			throw new RuleViolation("reason", "disclosure.decision.reason-required");
		}
		String given = Text.blankToNull(decision.disclosed());
		if (decision.outcome().discloses()) {
			if (given == null) {
				throw new RuleViolation("disclosed", "disclosure.decision.disclosed-required");
			}
			if (!decision.confirmsMinimum()) {
				throw new RuleViolation("minimumNecessary", "disclosure.decision.minimum-required");
			}
		}
		else if (given != null) {
			throw new RuleViolation("disclosed", "disclosure.decision.refused-discloses-nothing");
		}
		this.outcome = decision.outcome();
		this.decisionReason = decision.reason().strip();
		this.disclosed = seal(sealer, this.disclosed, DISCLOSED, given);
		this.minimumNecessary = decision.outcome().discloses();
		this.decidedBy = reviewer.username();
		this.decidedAt = now;
		this.state = RequestState.DECIDED;
		this.updatedAt = now;
	}

	/** The answer went out as decided: the request is closed. */
	void close(String note, String by, Instant now) {
		if (this.state != RequestState.DECIDED) {
			throw new RuleViolation(null,
					(this.state == RequestState.CLOSED) ? "disclosure.close.already" : "disclosure.close.decide-first");
		}
		end(RequestState.CLOSED, Text.blankToNull(note), by, now);
	}

	/** The requester withdrew the request before a decision; why is required. */
	void withdraw(String reason, String by, Instant now) {
		requireOpen("disclosure.withdraw.decided");
		if (Text.blankToNull(reason) == null) {
			throw new RuleViolation("note", "disclosure.withdraw.reason-required");
		}
		end(RequestState.WITHDRAWN, reason.strip(), by, now);
	}

	private void end(RequestState to, String note, String by, Instant now) {
		this.state = to;
		this.endNote = note;
		this.endedBy = by;
		this.endedAt = now;
		this.updatedAt = now;
	}

	private void requireOpen(String decidedKey) {
		if (this.state == RequestState.WITHDRAWN) {
			throw new RuleViolation(null, "disclosure.withdrawn.no-change");
		}
		if (!this.state.open()) {
			throw new RuleViolation(null, decidedKey);
		}
	}

	private void write(DisclosureRequestForm form, Instant now, FieldSealer sealer) {
		if (form.deadline() != null && form.receivedOn() != null && form.deadline().isBefore(form.receivedOn())) {
			throw new RuleViolation("deadline", "disclosure.deadline.before-received");
		}
		this.receivedOn = form.receivedOn();
		this.requesterKind = form.requesterKind();
		this.requesterName = seal(sealer, this.requesterName, REQUESTER_NAME, form.requesterName().strip());
		this.channel = form.channel();
		this.legalBasis = form.legalBasis();
		this.legalBasisDetail = seal(sealer, this.legalBasisDetail, LEGAL_BASIS_DETAIL,
				Text.blankToNull(form.legalBasisDetail()));
		this.requested = seal(sealer, this.requested, REQUESTED, form.requested().strip());
		this.deadline = form.deadline();
		replace(this.caseIds, form.caseIds());
		replace(this.groupIds, form.groupIds());
		replace(this.interlocutorIds, form.interlocutorIds());
		this.filedCaseId = (this.caseIds.size() == 1) ? this.caseIds.iterator().next() : null;
		this.updatedAt = now;
	}

	private Sealed seal(FieldSealer sealer, Sealed current, SealedColumn column, String text) {
		return sealer.update(current, this.teamId, KeyPurpose.TEAM, column, text);
	}

	/** Keeps the same collection (Hibernate records what was added and removed). */
	private static void replace(Set<Long> current, Collection<Long> wanted) {
		current.retainAll(wanted);
		current.addAll(wanted);
	}

	/**
	 * The request as read, its sealed fields opened; a request not saved yet has the
	 * number 0.
	 */
	DisclosureRequestView view(FieldSealer sealer) {
		return new DisclosureRequestView((this.id != null) ? this.id : 0, this.teamId, this.receivedOn,
				this.requesterKind, open(sealer, REQUESTER_NAME, this.requesterName), this.channel, this.legalBasis,
				open(sealer, LEGAL_BASIS_DETAIL, this.legalBasisDetail), open(sealer, REQUESTED, this.requested),
				this.deadline, Set.copyOf(this.caseIds), Set.copyOf(this.groupIds), Set.copyOf(this.interlocutorIds),
				this.state, open(sealer, RISK_ASSESSMENT, this.riskAssessment),
				open(sealer, PURPOSE_ASSESSMENT, this.purposeAssessment), this.assessedBy, this.assessedAt,
				this.outcome, this.decisionReason, open(sealer, DISCLOSED, this.disclosed), this.minimumNecessary,
				this.decidedBy, this.decidedAt, this.endNote, this.endedBy, this.endedAt, this.recordedBy,
				this.recordedAt, this.version);
	}

	private String open(FieldSealer sealer, SealedColumn column, Sealed value) {
		return sealer.text(this.teamId, column, value);
	}

	Long getId() {
		return this.id;
	}

	long getVersion() {
		return this.version;
	}

	RequestState getState() {
		return this.state;
	}

	@Override
	public Long teamId() {
		return this.teamId;
	}

	/** The case, when the request concerns exactly one. */
	@Override
	public Long caseId() {
		return this.filedCaseId;
	}

}
