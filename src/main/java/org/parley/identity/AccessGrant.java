package org.parley.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.parley.audit.AuditState;

/**
 * A grant that widens what an account may read, waiting for a second administrator:
 * requested by one administrator, confirmed (and only then applied to the account),
 * refused by another, or withdrawn by whoever asked. Kept after the decision as its
 * record; written through the audit listener like any other entity.
 */
@Entity
@Table(name = "access_grant")
public class AccessGrant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false, updatable = false)
	private long userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Kind kind;

	@Enumerated(EnumType.STRING)
	@Column(updatable = false)
	private Role role;

	@Column(name = "team_id", updatable = false)
	private Long teamId;

	@Column(name = "requested_by", nullable = false, updatable = false)
	private long requestedBy;

	@Column(name = "requested_at", nullable = false, updatable = false)
	private Instant requestedAt;

	@Column(updatable = false)
	private String reason;

	@AuditState
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status = Status.PENDING;

	@Column(name = "decided_by")
	private Long decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Version
	private long version;

	protected AccessGrant() {
	}

	AccessGrant(long userId, Kind kind, Role role, Long teamId, long requestedBy, Instant requestedAt, String reason) {
		this.userId = userId;
		this.kind = kind;
		this.role = role;
		this.teamId = teamId;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.reason = reason;
	}

	static AccessGrant role(long userId, Role role, long requestedBy, Instant at, String reason) {
		return new AccessGrant(userId, Kind.ROLE, role, null, requestedBy, at, reason);
	}

	static AccessGrant team(long userId, long teamId, long requestedBy, Instant at, String reason) {
		return new AccessGrant(userId, Kind.TEAM, null, teamId, requestedBy, at, reason);
	}

	static AccessGrant names(long userId, long requestedBy, Instant at, String reason) {
		return new AccessGrant(userId, Kind.INTERLOCUTOR_NAMES, null, null, requestedBy, at, reason);
	}

	static AccessGrant secondFactorReset(long userId, long requestedBy, Instant at, String reason) {
		return new AccessGrant(userId, Kind.SECOND_FACTOR_RESET, null, null, requestedBy, at, reason);
	}

	void decide(Status outcome, long by, Instant at, String reason) {
		this.status = outcome;
		this.decidedBy = by;
		this.decidedAt = at;
		this.decisionReason = reason;
	}

	boolean isPending() {
		return this.status == Status.PENDING;
	}

	boolean sameAs(AccessGrant other) {
		return this.userId == other.userId && this.kind == other.kind && this.role == other.role
				&& java.util.Objects.equals(this.teamId, other.teamId);
	}

	public Long getId() {
		return this.id;
	}

	public long getUserId() {
		return this.userId;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getTeamId() {
		return this.teamId;
	}

	public long getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getReason() {
		return this.reason;
	}

	public Status getStatus() {
		return this.status;
	}

	public Long getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecisionReason() {
		return this.decisionReason;
	}

	public long getVersion() {
		return this.version;
	}

	/** What is granted. Labels under {@code grant.kind.<VALUE>}. */
	public enum Kind {

		ROLE, TEAM, INTERLOCUTOR_NAMES,

		/** The user's second factor taken away (a lost phone); they set it up again. */
		SECOND_FACTOR_RESET

	}

	/** Where the request stands. Labels under {@code grant.status.<VALUE>}. */
	public enum Status {

		PENDING, CONFIRMED, REFUSED, WITHDRAWN

	}

}
