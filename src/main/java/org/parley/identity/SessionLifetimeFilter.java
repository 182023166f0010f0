package org.parley.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Notes each use of a signed-in session in {@link Sessions}, and ends a session that has
 * been idle too long or has reached its absolute lifetime: the user signs in again.
 * Deliberately not a bean (see {@link BearerTokenFilter}).
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

	private final Sessions sessions;

	private final ApiProblems problems;

	SessionLifetimeFilter(Sessions sessions, ApiProblems problems) {
		this.sessions = sessions;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		HttpSession session = request.getSession(false);
		if (session == null || authentication instanceof TokenAuthentication
				|| !(authentication != null && authentication.getPrincipal() instanceof ParleyUser user)) {
			chain.doFilter(request, response);
			return;
		}
		if (this.sessions.seen(request, session, user.id())) {
			chain.doFilter(request, response);
			return;
		}
		SecurityContextHolder.clearContext();
		try {
			session.invalidate();
		}
		catch (IllegalStateException alreadyEnded) {
			// Nothing left to end.
		}
		if (SecurityConfiguration.API.matches(request)) {
			this.problems.commence(request, response, null);
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?expired");
		}
	}

}
