package org.parley.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditRedacted;
import org.parley.audit.AuditState;
import org.parley.shared.RuleViolation;

/**
 * A token with which a script or another program uses the API as its owner, with the
 * owner's roles and teams. Parley keeps only the token's hash: the token itself is shown
 * once, when it is created. A token always expires; a revoked one is kept so that the
 * owner's list and the audit log stay complete.
 */
@Entity
@Table(name = "personal_access_token")
class PersonalAccessToken {

	/** A token is used often; recording every use would write on every request. */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private Long ownerId;

	@Column(nullable = false, updatable = false)
	private String name;

	// Redacted rather than ignored: the log says a hash was set without copying it.
	@AuditRedacted
	@Column(name = "token_hash", nullable = false, updatable = false)
	private String tokenHash;

	@Column(nullable = false, updatable = false)
	private String prefix;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@AuditState
	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Version
	private long version;

	protected PersonalAccessToken() {
	}

	PersonalAccessToken(long ownerId, String name, String tokenHash, String prefix, Instant createdAt,
			Instant expiresAt) {
		this.ownerId = ownerId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	Status statusAt(Instant now) {
		if (this.revokedAt != null) {
			return Status.REVOKED;
		}
		return now.isBefore(this.expiresAt) ? Status.ACTIVE : Status.EXPIRED;
	}

	void revoke(Instant now) {
		if (statusAt(now) != Status.ACTIVE) {
			throw new RuleViolation(null, "token.revoke.not-active");
		}
		this.revokedAt = now;
	}

	/**
	 * Notes that the token was used, at most once per {@link #LAST_USED_PRECISION}, so
	 * that a busy script does not write on every request.
	 */
	void recordUse(Instant now) {
		if (this.lastUsedAt == null || !now.isBefore(this.lastUsedAt.plus(LAST_USED_PRECISION))) {
			this.lastUsedAt = now;
		}
	}

	Long getId() {
		return this.id;
	}

	long getOwnerId() {
		return this.ownerId;
	}

	String getName() {
		return this.name;
	}

	String getPrefix() {
		return this.prefix;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	/**
	 * Where a token stands: only an active token authenticates.
	 */
	enum Status {

		ACTIVE, EXPIRED, REVOKED

	}

}
