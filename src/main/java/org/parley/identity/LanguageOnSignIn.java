package org.parley.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After sign-in: switches to the user's remembered language (or remembers the one they
 * chose on the sign-in page), and sends a user who must change their password straight to
 * that page.
 */
@Component
class LanguageOnSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

	private final ParleyLocaleResolver localeResolver;

	LanguageOnSignIn(ParleyLocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof ParleyUser user) {
			this.localeResolver.signedIn(request, response, user);
			if (user.mustChangePassword()) {
				clearAuthenticationAttributes(request);
				getRedirectStrategy().sendRedirect(request, response, UserRefreshFilter.PASSWORD_PAGE);
				return;
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
