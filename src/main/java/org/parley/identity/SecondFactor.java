package org.parley.identity;

import java.util.List;

import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditRedacted;

/**
 * A user's confirmed second factor: the TOTP secret their authenticator app shares with
 * Parley. A row exists only once the user has proved, with a code, that their app holds
 * it; taking the factor away deletes the row (audited, with the reason).
 */
@Entity
@Table(name = "second_factor")
class SecondFactor {

	@Id
	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	/** Where the secret is sealed: a system secret, of no team. */
	static final SealedColumn SECRET = new SealedColumn("second_factor", "secret", "NULL::bigint", List.of("user_id"));

	/**
	 * The shared secret (hexadecimal), sealed under the system's data key: the server
	 * must read it back to check codes, so it cannot be hashed.
	 */
	@AuditRedacted
	@Column(nullable = false, updatable = false)
	private Sealed secret;

	@Column(name = "enrolled_at", nullable = false, updatable = false)
	private Instant enrolledAt;

	/**
	 * The step of the last code accepted (moved forward by a conditional update, so two
	 * requests with one code cannot both pass).
	 */
	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "last_used_step", nullable = false)
	private long lastUsedStep;

	@Version
	private long version;

	protected SecondFactor() {
	}

	SecondFactor(long userId, Sealed secret, Instant enrolledAt, long confirmedStep) {
		this.userId = userId;
		this.secret = secret;
		this.enrolledAt = enrolledAt;
		this.lastUsedStep = confirmedStep;
	}

	Long getUserId() {
		return this.userId;
	}

	Sealed secret() {
		return this.secret;
	}

	Instant getEnrolledAt() {
		return this.enrolledAt;
	}

}
