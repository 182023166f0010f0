package org.parley.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in before its password is checked when {@link SignInThrottle} says so:
 * the answer is the one a locked account gets, whether the name is an account or not.
 * Deliberately not a bean, so that the servlet container does not run it a second time
 * outside the security filter chain.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

	private final SignInThrottle throttle;

	private final AuthenticationFailureHandler failureHandler;

	private final AuthenticationEventPublisher events;

	SignInThrottleFilter(SignInThrottle throttle, AuthenticationFailureHandler failureHandler,
			AuthenticationEventPublisher events) {
		this.throttle = throttle;
		this.failureHandler = failureHandler;
		this.events = events;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !request.getRequestURI().substring(request.getContextPath().length()).equals("/login");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		if (!this.throttle.refuses(username, request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		LockedException refused = new LockedException("Too many failed sign-ins");
		UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken
			.unauthenticated((username != null) ? username : "", null);
		attempt.setDetails(new WebAuthenticationDetails(request));
		this.events.publishAuthenticationFailure(refused, attempt);
		this.failureHandler.onAuthenticationFailure(request, response, refused);
	}

}
