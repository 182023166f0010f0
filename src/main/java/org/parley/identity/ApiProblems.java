package org.parley.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How the API says no: an RFC 9457 problem (type, title, status, detail, instance) as
 * {@code application/problem+json}, translated like the pages, never a redirect to the
 * sign-in page, an HTML page or a stack trace. A 401 carries {@code WWW-Authenticate:
 * Bearer} (RFC 6750), with {@code error="invalid_token"} when a token was presented and
 * refused.
 */
@Component
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private static final String CHALLENGE = "Bearer realm=\"parley\"";

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	ApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/** No credentials at all. */
	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
		write(request, response, HttpStatus.UNAUTHORIZED, "token.problem.unauthorized",
				"token.problem.unauthenticated.detail");
	}

	/**
	 * A token was presented and refused. Whether it was unknown, expired or revoked, or
	 * its account disabled, is not told: the owner can see that on their tokens page.
	 */
	void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_token\"");
		write(request, response, HttpStatus.UNAUTHORIZED, "token.problem.unauthorized",
				"token.problem.invalid-token.detail");
	}

	/** Too many calls: {@code Retry-After} is already set. */
	void tooManyRequests(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.TOO_MANY_REQUESTS, "token.problem.too-many",
				"token.problem.too-many.detail");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "token.problem.forbidden",
				(exception instanceof CsrfException) ? "token.problem.csrf.detail" : "token.problem.forbidden.detail");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
			String detailKey) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		Problem problem = new Problem("about:blank", this.messages.getMessage(titleKey, null, locale), status.value(),
				this.messages.getMessage(detailKey, null, locale), request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getOutputStream().write(this.json.writeValueAsBytes(problem));
	}

	/**
	 * An RFC 9457 problem, as the API sends it.
	 *
	 * @param type always {@code about:blank}: the status says what went wrong
	 * @param title the status, in words
	 * @param status the HTTP status code
	 * @param detail what to do about it
	 * @param instance the path that was requested
	 */
	record Problem(String type, String title, int status, String detail, String instance) {

	}

}
