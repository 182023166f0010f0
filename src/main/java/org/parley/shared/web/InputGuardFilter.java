package org.parley.shared.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.WebUtils;

/**
 * Refuses, before anything reads it, a request that no form or API call can mean: a
 * multipart body that cannot be parsed, or a parameter (in the query string or the form)
 * holding a control character other than tab, carriage return and line feed. PostgreSQL
 * refuses a NUL in text, and no one types the others; left alone they fail deep inside a
 * save. Pages answer with the 400 page saying why, the API with a problem detail. JSON
 * bodies are checked when they are read ({@link ControlCharacters}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class InputGuardFilter extends OncePerRequestFilter {

	/** The request attribute naming the message the 400 page shows. */
	static final String REFUSAL = "inputRefusal";

	private static final String MULTIPART = "input.refused.multipart";

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	InputGuardFilter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refusal = refusal(request);
		if (refusal == null) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			Locale locale = this.locales.resolveLocale(request);
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", URI.create("urn:parley:problem:bad-request").toString());
			problem.put("title", this.messages.getMessage("api.problem.bad-request.title", null, locale));
			problem.put("status", HttpStatus.BAD_REQUEST.value());
			problem.put("detail", this.messages.getMessage(refusal, null, locale));
			problem.put("instance", request.getRequestURI());
			Object correlationId = request.getAttribute("correlationId");
			if (correlationId != null) {
				problem.put("correlationId", correlationId.toString());
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getOutputStream().write(this.json.writeValueAsBytes(problem));
			return;
		}
		request.setAttribute(REFUSAL, refusal);
		if (refusal.equals(MULTIPART)) {
			// Tells the error page's dispatch not to parse the body again (and fail).
			request.setAttribute(WebUtils.ERROR_EXCEPTION_ATTRIBUTE,
					new MultipartException("The multipart body could not be parsed"));
		}
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

	/** The message key saying why the request is refused, or null when it is not. */
	private static String refusal(HttpServletRequest request) {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			try {
				request.getParts();
			}
			catch (IOException | ServletException | RuntimeException ex) {
				if (!tooLarge(ex)) {
					return MULTIPART;
				}
			}
		}
		if (ControlCharacters.containsEncoded(request.getQueryString())) {
			return "input.refused.control";
		}
		try {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				if (ControlCharacters.contains(parameter.getKey())) {
					return "input.refused.control";
				}
				for (String value : parameter.getValue()) {
					if (ControlCharacters.contains(value)) {
						return "input.refused.control";
					}
				}
			}
		}
		catch (RuntimeException ex) {
			return "input.refused.malformed";
		}
		return null;
	}

	/**
	 * An upload over the size limit is the upload page's to answer, not a malformed one.
	 */
	private static boolean tooLarge(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			String name = cause.getClass().getSimpleName();
			if (name.contains("SizeLimit") || name.contains("SizeException")
					|| name.contains("MaxUploadSizeExceeded")) {
				return true;
			}
		}
		return false;
	}

}
