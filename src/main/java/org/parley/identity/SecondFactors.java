package org.parley.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.AuditReasons;
import org.parley.audit.FieldChange;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.shared.RuleViolation;
import org.parley.shared.SecurityEvents;
import org.parley.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of sign-in: enrolling an authenticator app, checking its codes (each
 * once), recovery codes, turning it off where the user's roles allow, and an
 * administrator's reset. Who must have one is {@link SecurityProperties.Mfa}'s rule; the
 * sign-in itself is {@link SecondFactorSignIn}'s. See {@code docs/security.md}.
 */
@Service
public class SecondFactors {

	static final String ENTITY = "SecondFactor";

	private final SecondFactorRepository factors;

	private final RecoveryCodes recoveryCodes;

	private final UserAccountRepository users;

	private final AuditLog auditLog;

	private final AuditReasons reasons;

	private final Sessions sessions;

	private final SecurityProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FieldSealer sealer;

	SecondFactors(SecondFactorRepository factors, RecoveryCodes recoveryCodes, UserAccountRepository users,
			AuditLog auditLog, AuditReasons reasons, Sessions sessions, SecurityProperties properties,
			ApplicationEventPublisher events, Clock clock, FieldSealer sealer) {
		this.sealer = sealer;
		this.events = events;
		this.factors = factors;
		this.recoveryCodes = recoveryCodes;
		this.users = users;
		this.auditLog = auditLog;
		this.reasons = reasons;
		this.sessions = sessions;
		this.properties = properties;
		this.clock = clock;
	}

	/** A secret sealed under the system's data key, as {@link SecondFactor} keeps it. */
	Sealed seal(byte[] secret) {
		return this.sealer.seal(null, KeyPurpose.SYSTEM, SecondFactor.SECRET, HexFormat.of().formatHex(secret));
	}

	/** The factor's secret, or null when its key was destroyed (no code then matches). */
	private byte[] secretOf(SecondFactor factor) {
		String hex = this.sealer.open(null, SecondFactor.SECRET, factor.secret()).text();
		return (hex != null) ? HexFormat.of().parseHex(hex) : null;
	}

	/** Whether one of these roles obliges its holder to have a second factor. */
	boolean requiredFor(Set<Role> roles) {
		return roles.stream().anyMatch(this.properties.mfa().requiredRoles()::contains);
	}

	@Transactional(readOnly = true)
	public boolean enrolled(long userId) {
		return this.factors.existsById(userId);
	}

	/** The user's second factor as their account page shows it. */
	@Transactional(readOnly = true)
	Status status(long userId) {
		return this.factors.findById(userId)
			.map((factor) -> new Status(true, factor.getEnrolledAt(), this.recoveryCodes.left(userId)))
			.orElseGet(() -> new Status(false, null, 0));
	}

	/**
	 * Turns the second factor on, once the user has shown with a current code that their
	 * app holds the secret; the code's step counts as used.
	 * @return the recovery codes, to show once
	 */
	@Transactional
	List<String> enrol(long userId, byte[] secret, String code) {
		if (this.factors.existsById(userId)) {
			throw new RuleViolation("code", "identity.second-factor.already-on");
		}
		OptionalLong step = Totp.matchingStep(secret, Text.blankToNull(code) == null ? null : code.strip(),
				this.clock.instant());
		if (step.isEmpty()) {
			throw new RuleViolation("code", "identity.second-factor.code-wrong");
		}
		this.factors.save(new SecondFactor(userId, seal(secret), this.clock.instant(), step.getAsLong()));
		this.events.publishEvent(new SecondFactorChanged(userId, SecondFactorChanged.Change.TURNED_ON));
		return newRecoveryCodes(userId, "second factor turned on");
	}

	/**
	 * Checks a code typed at sign-in: a code of the app (not used before), or one of the
	 * recovery codes (used up by this).
	 */
	@Transactional
	Check check(long userId, String typed) {
		Optional<SecondFactor> factor = this.factors.findById(userId);
		String code = (typed != null) ? typed.strip().replace(" ", "") : "";
		// Nothing longer than a recovery code with its dashes is looked at.
		if (factor.isEmpty() || code.isEmpty() || code.length() > 20) {
			return Check.WRONG;
		}
		if (RecoveryCodes.looksLikeOne(code)) {
			Instant now = this.clock.instant();
			if (!this.recoveryCodes.use(userId, code, now)) {
				return Check.WRONG;
			}
			int left = this.recoveryCodes.left(userId);
			String username = username(userId);
			this.auditLog.record(username, AuditAction.UPDATE, ENTITY, Long.toString(userId), null,
					Map.of("recoveryCodesLeft", new FieldChange(Integer.toString(left + 1), Integer.toString(left))),
					"recovery code used to sign in");
			SecurityEvents.record(SecurityEvents.Kind.RECOVERY_CODE_USED, username, left + " left");
			this.events.publishEvent(new SecondFactorChanged(userId, SecondFactorChanged.Change.RECOVERY_CODE_USED));
			return Check.RECOVERY_CODE;
		}
		byte[] secret = secretOf(factor.get());
		OptionalLong step = (secret != null) ? Totp.matchingStep(secret, code, this.clock.instant())
				: OptionalLong.empty();
		if (step.isEmpty()) {
			return Check.WRONG;
		}
		return (this.factors.useStep(userId, step.getAsLong()) == 1) ? Check.ACCEPTED : Check.REPLAYED;
	}

	/**
	 * Replaces the user's recovery codes; a current code of the app proves it is them.
	 * @return the new codes, to show once
	 */
	@Transactional
	List<String> replaceRecoveryCodes(long userId, String code) {
		requireCode(userId, code);
		this.events.publishEvent(new SecondFactorChanged(userId, SecondFactorChanged.Change.RECOVERY_CODES_REPLACED));
		return newRecoveryCodes(userId, "new recovery codes");
	}

	/**
	 * Turns the user's own second factor off, which only a user whose roles do not
	 * require one may do; a current code of the app proves it is them.
	 */
	@Transactional
	void turnOff(long userId, String code) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
		if (requiredFor(account.getRoles())) {
			throw new RuleViolation(null, "identity.second-factor.required");
		}
		requireCode(userId, code);
		this.reasons.because("turned off by the user", () -> remove(userId));
		this.events.publishEvent(new SecondFactorChanged(userId, SecondFactorChanged.Change.TURNED_OFF));
	}

	/**
	 * Takes a user's second factor away once a second administrator confirmed the request
	 * ({@link AccessGrants#requestSecondFactorReset}, whose confirmation is audited with
	 * its reason): recovery codes go too, the user's sessions end, and they set it up
	 * again at their next sign-in (or may, if their roles do not require it).
	 */
	void resetConfirmed(long userId) {
		if (!this.factors.existsById(userId)) {
			throw new RuleViolation(null, "identity.second-factor.none");
		}
		remove(userId);
		this.sessions.endOthers(userId, null);
		this.events.publishEvent(new SecondFactorChanged(userId, SecondFactorChanged.Change.RESET_BY_ADMINISTRATOR));
	}

	/** Whether the user has set a second factor up. */
	boolean isSetUp(long userId) {
		return this.factors.existsById(userId);
	}

	private void requireCode(long userId, String code) {
		boolean locked = this.users.findById(userId)
			.map((account) -> account.isLockedAt(this.clock.instant()))
			.orElse(true);
		if (locked) {
			throw new RuleViolation("code", "identity.second-factor.locked");
		}
		if (check(userId, code) != Check.ACCEPTED) {
			throw new RuleViolation("code", "identity.second-factor.code-wrong");
		}
	}

	private void remove(long userId) {
		int left = this.recoveryCodes.left(userId);
		this.recoveryCodes.deleteAll(userId);
		this.factors.deleteById(userId);
		if (left > 0) {
			this.auditLog.record(username(userId), AuditAction.UPDATE, ENTITY, Long.toString(userId), null,
					Map.of("recoveryCodesLeft", new FieldChange(Integer.toString(left), "0")), null);
		}
	}

	private List<String> newRecoveryCodes(long userId, String why) {
		int before = this.recoveryCodes.left(userId);
		List<String> codes = this.recoveryCodes.replace(userId, this.clock.instant());
		this.auditLog.record(username(userId), AuditAction.UPDATE, ENTITY, Long.toString(userId), null, Map
			.of("recoveryCodesLeft", new FieldChange(Integer.toString(before), Integer.toString(RecoveryCodes.COUNT))),
				why);
		return codes;
	}

	private String username(long userId) {
		return this.users.findById(userId).map(UserAccount::getUsername).orElse("?");
	}

	/** What a code typed at sign-in turned out to be. */
	enum Check {

		/** A current code of the app, used for the first time. */
		ACCEPTED,
		/** One of the user's recovery codes, now used up. */
		RECOVERY_CODE,
		/** A code of the app that was already used. */
		REPLAYED,
		/** Nothing the user holds. */
		WRONG

	}

	/**
	 * @param on whether the user has a second factor
	 * @param since when it was turned on
	 * @param recoveryCodesLeft how many recovery codes are left
	 */
	record Status(boolean on, Instant since, int recoveryCodesLeft) {

	}

}
