package org.parley.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second half of signing in. After the password ({@link LanguageOnSignIn}), a user
 * with a second factor, or whose roles require one, is held in a
 * {@link SecondFactorPending} state; a right code (or enrolment) completes the sign-in
 * with the same principal a password-only sign-in gives, in a new session id. Wrong codes
 * count like wrong passwords, per account (lock-out) and per address
 * ({@link SignInThrottle}), through the same events, so they are audited and logged to
 * {@code parley.security} the same way.
 */
@Component
class SecondFactorSignIn {

	private final SecondFactors factors;

	private final ParleyUserDetailsService userDetails;

	private final UserAccountRepository users;

	private final SecurityContextRepository contextRepository;

	private final SignInThrottle throttle;

	private final SignInTracker tracker;

	private final ApplicationEventPublisher events;

	private final SecurityProperties properties;

	private final Clock clock;

	SecondFactorSignIn(SecondFactors factors, ParleyUserDetailsService userDetails, UserAccountRepository users,
			SecurityContextRepository contextRepository, SignInThrottle throttle, SignInTracker tracker,
			ApplicationEventPublisher events, SecurityProperties properties, Clock clock) {
		this.factors = factors;
		this.userDetails = userDetails;
		this.users = users;
		this.contextRepository = contextRepository;
		this.throttle = throttle;
		this.tracker = tracker;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	/** What the user must still do after their password, if anything. */
	Optional<SecondFactorPending.Stage> stageFor(ParleyUser user) {
		if (this.factors.enrolled(user.id())) {
			return Optional.of(SecondFactorPending.Stage.CODE);
		}
		if (this.factors.requiredFor(user.roles())) {
			return Optional.of(SecondFactorPending.Stage.ENROL);
		}
		return Optional.empty();
	}

	/** Replaces the password's authentication with the pending state. */
	void hold(HttpServletRequest request, HttpServletResponse response, ParleyUser user,
			SecondFactorPending.Stage stage) {
		SecondFactorPending pending = new SecondFactorPending(user.id(), user.username(), stage, this.clock.instant());
		pending.setDetails(new WebAuthenticationDetails(request));
		save(pending, request, response);
	}

	/**
	 * The pending sign-in of this request at this stage, if it is one and still fresh.
	 */
	Optional<SecondFactorPending> pending(Authentication authentication, SecondFactorPending.Stage stage) {
		if (authentication instanceof SecondFactorPending pending && pending.stage() == stage
				&& pending.since().plus(this.properties.mfa().pendingLifetime()).isAfter(this.clock.instant())) {
			return Optional.of(pending);
		}
		return Optional.empty();
	}

	/**
	 * Whether codes may no longer be tried: the account is locked, or the address or name
	 * has failed too often. Refused like a password would be, and audited.
	 */
	boolean refuses(HttpServletRequest request, SecondFactorPending pending) {
		String username = pending.getName();
		boolean locked = this.users.findById(pending.userId())
			.map((account) -> !account.isEnabled() || account.isLockedAt(this.clock.instant()))
			.orElse(true);
		if (!locked && !this.throttle.refuses(username, request.getRemoteAddr())) {
			return false;
		}
		this.events.publishEvent(new AuthenticationFailureLockedEvent(attempt(request, username),
				new LockedException("Too many failed sign-ins")));
		return true;
	}

	/** Counts a wrong or replayed code against the account and the address. */
	void refused(HttpServletRequest request, SecondFactorPending pending, SecondFactors.Check check) {
		refused(request, pending.getName(), check);
	}

	/**
	 * Counts a wrong or replayed code against the account and the address, whether typed
	 * at sign-in or to change the factor from a signed-in session.
	 */
	void refused(HttpServletRequest request, String username, SecondFactors.Check check) {
		String why = (check == SecondFactors.Check.REPLAYED) ? "second factor: code already used"
				: "second factor: wrong code";
		this.events.publishEvent(
				new AuthenticationFailureBadCredentialsEvent(attempt(request, username), new SecondFactorRefused(why)));
	}

	/**
	 * Completes the sign-in: the user's own principal, in a new session id.
	 * @param how how the second factor was given, for the audit log
	 * @return the signed-in user
	 */
	ParleyUser complete(HttpServletRequest request, HttpServletResponse response, long userId, String how) {
		ParleyUser user = this.userDetails.reload(userId).orElseThrow(() -> new UserNotFoundException(userId));
		user.eraseCredentials();
		request.changeSessionId();
		save(signedIn(user, request), request, response);
		this.tracker.signedInWithSecondFactor(userId, how);
		return user;
	}

	/**
	 * Runs an action as the user whose sign-in is pending (so that what it writes is
	 * audited as theirs), without signing them in.
	 */
	<T> T as(long userId, Supplier<T> action) {
		ParleyUser user = this.userDetails.reload(userId).orElseThrow(() -> new UserNotFoundException(userId));
		user.eraseCredentials();
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext during = SecurityContextHolder.createEmptyContext();
		during.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(during);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

	/** Ends a pending sign-in: the user starts again from the password. */
	void abandon(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

	private static Authentication signedIn(ParleyUser user, HttpServletRequest request) {
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, user.getAuthorities());
		authentication.setDetails(new WebAuthenticationDetails(request));
		return authentication;
	}

	private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
	}

	private static Authentication attempt(HttpServletRequest request, String username) {
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
				null);
		attempt.setDetails(new WebAuthenticationDetails(request));
		return attempt;
	}

}
