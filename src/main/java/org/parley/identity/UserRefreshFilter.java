package org.parley.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the signed-in user in step with their account on every request: a user disabled
 * by an administrator is signed out at once; new roles or teams take effect at once; a
 * user who must change their password can reach nothing else until they have.
 */
@Component
class UserRefreshFilter extends OncePerRequestFilter {

	static final String PASSWORD_PAGE = "/account/password";

	private final UserAccountRepository users;

	private final ParleyUserDetailsService userDetails;

	private final SecurityContextRepository contextRepository;

	UserRefreshFilter(UserAccountRepository users, ParleyUserDetailsService userDetails,
			SecurityContextRepository contextRepository) {
		this.users = users;
		this.userDetails = userDetails;
		this.contextRepository = contextRepository;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/images/") || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		// A token request was checked against a freshly loaded account a moment ago, and
		// must not be given a session.
		if (authentication == null || authentication instanceof TokenAuthentication
				|| !(authentication.getPrincipal() instanceof ParleyUser user)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Long> version = this.users.findVersionIfEnabled(user.id());
		if (version.isEmpty()) {
			signOut(request);
			response.sendRedirect(request.getContextPath() + "/login?expired");
			return;
		}
		if (version.get() != user.version()) {
			Optional<ParleyUser> fresh = this.userDetails.reload(user.id());
			if (fresh.isEmpty()) {
				signOut(request);
				response.sendRedirect(request.getContextPath() + "/login?expired");
				return;
			}
			user = fresh.get();
			user.eraseCredentials();
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			SecurityContextHolder.setContext(context);
			this.contextRepository.saveContext(context, request, response);
		}
		if (user.mustChangePassword() && !mayPassWithoutNewPassword(request)) {
			response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean mayPassWithoutNewPassword(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/error");
	}

	private static void signOut(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
	}

}
