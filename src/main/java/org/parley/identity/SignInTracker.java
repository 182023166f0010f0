package org.parley.identity;

import java.time.Clock;
import java.util.Map;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.shared.SecurityEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every sign-in, failed sign-in and sign-out to the audit log, and locks an
 * account after too many failures in a row.
 */
@Component
class SignInTracker {

	private static final Logger log = LoggerFactory.getLogger(SignInTracker.class);

	static final String ENTITY = "UserAccount";

	private final UserAccountRepository users;

	private final AuditLog auditLog;

	private final SecurityProperties properties;

	private final SignInThrottle throttle;

	private final SecondFactorRepository secondFactors;

	private final Clock clock;

	SignInTracker(UserAccountRepository users, AuditLog auditLog, SecurityProperties properties,
			SignInThrottle throttle, SecondFactorRepository secondFactors, Clock clock) {
		this.users = users;
		this.secondFactors = secondFactors;
		this.auditLog = auditLog;
		this.properties = properties;
		this.throttle = throttle;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void signedIn(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		this.users.findByUsername(username).ifPresent((account) -> {
			if (this.secondFactors.existsById(account.getId())) {
				// Half a sign-in: it is recorded, and the failures counted so far are
				// forgotten, only when the code is right too (signedInWithSecondFactor).
				// Otherwise a right password would wipe out the count of wrong codes.
				return;
			}
			account.recordSignIn(this.clock.instant());
			this.auditLog.record(username, AuditAction.SIGN_IN, ENTITY, account.getId().toString(), null, Map.of(),
					null);
		});
	}

	/**
	 * The second half of a sign-in with a second factor succeeded.
	 * @param how how the factor was given
	 */
	@Transactional
	public void signedInWithSecondFactor(long userId, String how) {
		this.users.findById(userId).ifPresent((account) -> {
			account.recordSignIn(this.clock.instant());
			this.auditLog.record(account.getUsername(), AuditAction.SIGN_IN, ENTITY, account.getId().toString(), null,
					Map.of(), how);
		});
	}

	@EventListener
	@Transactional
	public void signInFailed(AbstractAuthenticationFailureEvent event) {
		String typed = Usernames.normalise(String.valueOf(event.getAuthentication().getPrincipal()));
		String cause = cause(event);
		var account = this.users.findByUsername(typed);
		String entityId = account.map((a) -> a.getId().toString()).orElse(null);
		this.auditLog.record(typed.isEmpty() ? "?" : typed, AuditAction.SIGN_IN_FAILED,
				(entityId != null) ? ENTITY : null, entityId, null, Map.of(), cause);
		// Only the name of a real account is logged: a password typed into the name field
		// is not.
		SecurityEvents.Kind kind = (event instanceof AuthenticationFailureLockedEvent)
				? SecurityEvents.Kind.SIGN_IN_THROTTLED : (event.getException() instanceof SecondFactorRefused)
						? SecurityEvents.Kind.SECOND_FACTOR_FAILED : SecurityEvents.Kind.SIGN_IN_FAILED;
		SecurityEvents.record(kind, account.isPresent() ? typed : null, null);
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			this.throttle.failed(typed, address(event), account.isPresent());
		}
		if (account.isPresent() && event instanceof AuthenticationFailureBadCredentialsEvent) {
			UserAccount user = account.get();
			SecurityProperties.Lockout lockout = this.properties.lockout();
			if (user.recordFailedSignIn(lockout.maxFailures(), lockout.duration(), this.clock.instant())) {
				log.warn("Account {} locked for {} after {} failed sign-ins", typed, lockout.duration(),
						lockout.maxFailures());
				this.auditLog.record(typed, AuditAction.ACCOUNT_LOCKED, ENTITY, entityId, null, Map.of(),
						"locked until " + user.getLockedUntil());
			}
		}
	}

	@EventListener
	@Transactional
	public void signedOut(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		String entityId = (event.getAuthentication().getPrincipal() instanceof ParleyUser user)
				? Long.toString(user.id()) : null;
		String reason = null;
		if (event.getAuthentication() instanceof SecondFactorPending pending) {
			entityId = Long.toString(pending.userId());
			reason = "before the second factor";
		}
		this.auditLog.record(username, AuditAction.SIGN_OUT, (entityId != null) ? ENTITY : null, entityId, null,
				Map.of(), reason);
	}

	private static String address(AbstractAuthenticationFailureEvent event) {
		return (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
	}

	private static String cause(AbstractAuthenticationFailureEvent event) {
		if (event.getException() instanceof SecondFactorRefused refused) {
			return refused.why();
		}
		if (event instanceof AuthenticationFailureLockedEvent) {
			return "account locked";
		}
		if (event instanceof AuthenticationFailureDisabledEvent) {
			return "account disabled";
		}
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			return "bad credentials";
		}
		return event.getException().getClass().getSimpleName();
	}

}
