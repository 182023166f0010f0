package org.parley.identity;

import java.time.Instant;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A sign-in half done: the password was right, the second factor is still to come (a
 * code, or enrolment for a user whose roles require one). It is deliberately not
 * authenticated and holds no role and no {@link ParleyUser}: every rule that asks for a
 * signed-in user refuses it, the filters that follow a signed-in user ignore it, and the
 * pages show it as signed out. Only {@code /sign-in/code} or {@code /sign-in/enrol} (and
 * signing out) serve it; anything else sends it there ({@link SecondFactorSignIn}).
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

	static final String AUTHORITY = "FACTOR_PENDING";

	private final long userId;

	private final String username;

	private final Stage stage;

	private final Instant since;

	SecondFactorPending(long userId, String username, Stage stage, Instant since) {
		super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
		this.userId = userId;
		this.username = username;
		this.stage = stage;
		this.since = since;
		super.setAuthenticated(false);
	}

	long userId() {
		return this.userId;
	}

	Stage stage() {
		return this.stage;
	}

	Instant since() {
		return this.since;
	}

	@Override
	public Object getPrincipal() {
		return this.username;
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public void setAuthenticated(boolean authenticated) {
		if (authenticated) {
			throw new IllegalArgumentException("A pending sign-in is never authenticated");
		}
		super.setAuthenticated(false);
	}

	/** What the user still has to do. */
	enum Stage {

		/** Type a code of their app (or a recovery code). */
		CODE("/sign-in/code"),
		/** Enrol an app: their roles require a second factor and they have none. */
		ENROL("/sign-in/enrol");

		private final String page;

		Stage(String page) {
			this.page = page;
		}

		String page() {
			return this.page;
		}

	}

}
