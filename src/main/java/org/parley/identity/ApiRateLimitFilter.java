package org.parley.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.parley.shared.SecurityEvents;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After} when an API client has spent its calls: per
 * personal access token, and per signed-in session for the API paths. Runs after
 * authentication, so that a refused token is answered 401 without spending anything.
 * Deliberately not a bean (see {@link BearerTokenFilter}).
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

	private final ApiRateLimiter limiter;

	private final ApiProblems problems;

	ApiRateLimitFilter(ApiRateLimiter limiter, ApiProblems problems) {
		this.limiter = limiter;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = client(request);
		long wait = (client != null) ? this.limiter.take(client) : 0;
		if (wait > 0) {
			SecurityEvents.record(SecurityEvents.Kind.RATE_LIMITED, request);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			this.problems.tooManyRequests(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String client(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof TokenAuthentication) {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			return "token:" + PersonalAccessTokens.hash(header.substring("Bearer ".length()).strip());
		}
		if (SecurityConfiguration.API.matches(request)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				return "session:" + session.getId();
			}
		}
		return null;
	}

}
