package org.parley.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.shared.SecurityEvents;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>} as the
 * token's owner, for that request only: the security context is never saved, so no
 * session is created or read. A refused token ends the request with a 401 problem.
 * Deliberately not a bean, so that the servlet container does not run it a second time
 * outside the security filter chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final PersonalAccessTokens tokens;

	private final ApiProblems problems;

	private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(PersonalAccessTokens tokens, ApiProblems problems) {
		this.tokens = tokens;
		this.problems = problems;
	}

	/** Whether the request presents a bearer token (well-formed or not). */
	static boolean presentsToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!presentsToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
		Optional<ParleyUser> user = this.tokens.authenticate(token);
		if (user.isEmpty()) {
			SecurityEvents.record(SecurityEvents.Kind.TOKEN_REFUSED, request);
			this.problems.invalidToken(request, response);
			return;
		}
		SecurityContext context = this.contextHolder.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(user.get()));
		this.contextHolder.setContext(context);
		chain.doFilter(request, response);
	}

}
