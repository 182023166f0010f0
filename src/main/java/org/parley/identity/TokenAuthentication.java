package org.parley.identity;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request authenticated by a personal access token rather than by a signed-in session.
 * It lives for that request only: it is never stored in a session.
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

	private final ParleyUser user;

	TokenAuthentication(ParleyUser user) {
		super(user.getAuthorities());
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public ParleyUser getPrincipal() {
		return this.user;
	}

}
