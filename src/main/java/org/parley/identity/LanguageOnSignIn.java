package org.parley.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * After the password: switches to the user's remembered language (or remembers the one
 * they chose on the sign-in page); sends a user with a second factor, or whose roles
 * require one, to its page ({@link SecondFactorSignIn}); and, once signed in, sends a
 * user who must change their password straight to that page.
 */
@Component
class LanguageOnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final ParleyLocaleResolver localeResolver;

	private final SecondFactorSignIn secondFactor;

	private RequestCache requestCache;

	LanguageOnSignIn(ParleyLocaleResolver localeResolver, SecondFactorSignIn secondFactor) {
		this.localeResolver = localeResolver;
		this.secondFactor = secondFactor;
		setDefaultTargetUrl("/");
	}

	@Override
	public void setRequestCache(RequestCache requestCache) {
		super.setRequestCache(requestCache);
		this.requestCache = requestCache;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof ParleyUser user) {
			this.localeResolver.signedIn(request, response, user);
			Optional<SecondFactorPending.Stage> stage = this.secondFactor.stageFor(user);
			if (stage.isPresent()) {
				this.secondFactor.hold(request, response, user, stage.get());
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, stage.get().page());
				return;
			}
			if (user.mustChangePassword()) {
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, UserRefreshFilter.PASSWORD_PAGE);
				return;
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * Where a user goes once the second factor has completed their sign-in: the password
	 * page if they must change it, else the page they asked for before signing in, else
	 * the start page.
	 */
	String afterSecondFactor(HttpServletRequest request, HttpServletResponse response, ParleyUser user) {
		if (user.mustChangePassword()) {
			return UserRefreshFilter.PASSWORD_PAGE;
		}
		SavedRequest saved = (this.requestCache != null) ? this.requestCache.getRequest(request, response) : null;
		if (saved != null) {
			this.requestCache.removeRequest(request, response);
			return saved.getRedirectUrl();
		}
		return "/";
	}

}
