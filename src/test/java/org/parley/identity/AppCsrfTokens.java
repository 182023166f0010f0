package org.parley.identity;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc's {@code csrf()} replaces the CSRF token repository of the shared security
 * filter chain with a test one that keeps tokens in the session, for every later request,
 * real HTTP included. A test of what the real repository does puts it back first.
 */
public final class AppCsrfTokens {

	private AppCsrfTokens() {
	}

	public static void restore(WebApplicationContext context) {
		MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext());
		WebTestUtils.setCsrfTokenRepository(request, context.getBean(CsrfTokenRepository.class));
	}

}
