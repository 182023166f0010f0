package org.parley.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.OptimisticLock;
import org.parley.audit.AuditIgnored;
import org.parley.audit.AuditRedacted;
import org.parley.audit.AuditState;

/**
 * A person who signs in to Parley. Never deleted: the audit log and case histories keep
 * their authors; an account that should no longer be used is disabled.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@AuditRedacted
	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@AuditState
	private boolean enabled = true;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "preferred_language")
	private String preferredLanguage;

	/** Where notification e-mails go, if the organisation sends any; often none. */
	private String email;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "failed_sign_ins")
	private int failedSignIns;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "locked_until")
	private Instant lockedUntil;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "last_sign_in_at")
	private Instant lastSignInAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = new HashSet<>();

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "team_member", joinColumns = @JoinColumn(name = "user_id"),
			inverseJoinColumns = @JoinColumn(name = "team_id"))
	private Set<Team> teams = new HashSet<>();

	/**
	 * An administrator's grant: this auditor may see the real names of their teams'
	 * interlocutors.
	 */
	@Column(name = "reveals_interlocutor_names")
	private boolean revealsInterlocutorNames;

	/** The hash of a password-reset code waiting to be redeemed by the user, or null. */
	@AuditRedacted
	@Column(name = "reset_code_hash")
	private String resetCodeHash;

	@Column(name = "reset_code_expires_at")
	private Instant resetCodeExpiresAt;

	@AuditIgnored
	@OptimisticLock(excluded = true)
	@Column(name = "reset_code_attempts")
	private int resetCodeAttempts;

	@Version
	private long version;

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, boolean mustChangePassword,
			Instant createdAt) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = createdAt;
	}

	void describe(String displayName, Collection<Role> roles, Collection<Team> teams) {
		this.displayName = displayName;
		// Changed in place, so the audit log sees the old and new members of each set.
		this.roles.retainAll(roles);
		this.roles.addAll(roles);
		this.teams.retainAll(teams);
		this.teams.addAll(teams);
	}

	void changePassword(String passwordHash, boolean mustChangeAtNextSignIn) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangeAtNextSignIn;
	}

	/**
	 * Replaces the password with one nobody knows and waits for the user to redeem a
	 * reset code.
	 */
	void issueResetCode(String unknownPasswordHash, String codeHash, Instant expiresAt) {
		this.passwordHash = unknownPasswordHash;
		this.mustChangePassword = true;
		this.resetCodeHash = codeHash;
		this.resetCodeExpiresAt = expiresAt;
		this.resetCodeAttempts = 0;
	}

	/** Counts a wrong code; the code is void after {@code maxAttempts}. */
	void recordWrongResetCode(int maxAttempts) {
		this.resetCodeAttempts++;
		if (this.resetCodeAttempts >= maxAttempts) {
			this.resetCodeHash = null;
			this.resetCodeExpiresAt = null;
		}
	}

	/** The code was redeemed: the user's own password replaces the unknown one. */
	void redeemResetCode(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
		this.resetCodeHash = null;
		this.resetCodeExpiresAt = null;
		this.resetCodeAttempts = 0;
	}

	String getResetCodeHash() {
		return this.resetCodeHash;
	}

	public Instant getResetCodeExpiresAt() {
		return this.resetCodeExpiresAt;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	/**
	 * Counts a failed sign-in and locks the account when there were too many in a row.
	 * @return true when this failure locked the account
	 */
	boolean recordFailedSignIn(int maxFailures, Duration lockFor, Instant now) {
		this.failedSignIns++;
		if (this.failedSignIns >= maxFailures) {
			this.failedSignIns = 0;
			this.lockedUntil = now.plus(lockFor);
			return true;
		}
		return false;
	}

	void recordSignIn(Instant now) {
		this.failedSignIns = 0;
		this.lockedUntil = null;
		this.lastSignInAt = now;
	}

	/**
	 * @return when the lock would have ended, or null when the account was not locked
	 */
	Instant unlock() {
		Instant was = this.lockedUntil;
		this.failedSignIns = 0;
		this.lockedUntil = null;
		return was;
	}

	void changeEmail(String email) {
		this.email = email;
	}

	void preferLanguage(String language) {
		this.preferredLanguage = language;
	}

	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public boolean isRevealsInterlocutorNames() {
		return this.revealsInterlocutorNames;
	}

	/**
	 * Grants or withdraws the sight of interlocutors' real names; only auditors hold it
	 * (field officers and HQ reviewers of the team see them by their role).
	 */
	void revealInterlocutorNames(boolean granted) {
		this.revealsInterlocutorNames = granted;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public String getEmail() {
		return this.email;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public Instant getLastSignInAt() {
		return this.lastSignInAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Set<Role> getRoles() {
		return (this.roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public Set<Team> getTeams() {
		return Set.copyOf(this.teams);
	}

	public long getVersion() {
		return this.version;
	}

}
