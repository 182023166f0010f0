package org.parley.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the container's error dispatch answers (an unknown address, a method a route does
 * not take, a request refused before it reached a controller): the translated error pages
 * for people, and for everything else (the API) an RFC 9457 problem detail as
 * {@code application/problem+json}, never Boot's plain JSON. {@code /error} opened
 * directly is an address like any other that shows nothing: 404.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

	@Bean
	BasicErrorController basicErrorController(ErrorAttributes attributes, ObjectProvider<ErrorViewResolver> resolvers,
			MessageSource messages, LocaleResolver locales, JsonMapper json) {
		return new ProblemErrorController(attributes, resolvers.orderedStream().toList(), messages, locales, json);
	}

	static final class ProblemErrorController extends BasicErrorController {

		private final MessageSource messages;

		private final LocaleResolver locales;

		private final JsonMapper json;

		ProblemErrorController(ErrorAttributes attributes, List<ErrorViewResolver> resolvers, MessageSource messages,
				LocaleResolver locales, JsonMapper json) {
			super(attributes, new ErrorProperties(), resolvers);
			this.messages = messages;
			this.locales = locales;
			this.json = json;
		}

		/**
		 * A page for people; an API address answers a problem even to a client that asked
		 * for HTML (every API error is a problem detail).
		 */
		@Override
		public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (databaseUnavailable(request)) {
				response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
			}
			if (uri == null || !uri.toString().startsWith("/api/")) {
				return super.errorHtml(request, response);
			}
			ResponseEntity<Map<String, Object>> problem = error(request);
			response.setStatus(problem.getStatusCode().value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			try {
				response.getOutputStream().write(this.json.writeValueAsBytes(problem.getBody()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return null;
		}

		@Override
		protected HttpStatus getStatus(HttpServletRequest request) {
			if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
				return HttpStatus.NOT_FOUND;
			}
			if (databaseUnavailable(request)) {
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
			return super.getStatus(request);
		}

		@Override
		protected ModelAndView resolveErrorView(HttpServletRequest request, HttpServletResponse response,
				HttpStatus status, Map<String, Object> model) {
			if (status != HttpStatus.SERVICE_UNAVAILABLE) {
				return super.resolveErrorView(request, response, status, model);
			}
			Map<String, Object> withRetry = new LinkedHashMap<>(model);
			withRetry.put("retry", DatabaseUnavailable.retry(request));
			return super.resolveErrorView(request, response, status, withRetry);
		}

		/**
		 * A failure thrown before any controller (a filter that reads the database) that
		 * means the database could not be reached: 503, try again.
		 */
		private static boolean databaseUnavailable(HttpServletRequest request) {
			return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
					&& DatabaseUnavailable.is(failure);
		}

		@Override
		public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
			HttpStatus status = getStatus(request);
			String kind = kind(status);
			Locale locale = this.locales.resolveLocale(request);
			Map<String, Object> problem = new LinkedHashMap<>();
			problem.put("type", "urn:parley:problem:" + kind);
			problem.put("title", this.messages.getMessage("api.problem." + kind + ".title", null, locale));
			problem.put("status", status.value());
			Object refusal = request.getAttribute(InputGuardFilter.REFUSAL);
			problem.put("detail", (refusal != null) ? this.messages.getMessage(refusal.toString(), null, locale)
					: this.messages.getMessage("api.problem." + kind + ".detail", null, locale));
			Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			problem.put("instance", (uri != null) ? uri.toString() : request.getRequestURI());
			Object correlationId = request.getAttribute("correlationId");
			if (correlationId != null) {
				problem.put("correlationId", correlationId.toString());
			}
			ResponseEntity.BodyBuilder answer = ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON);
			if (status == HttpStatus.SERVICE_UNAVAILABLE) {
				answer.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
			}
			return answer.body(problem);
		}

		private static String kind(HttpStatus status) {
			return switch (status) {
				case NOT_FOUND -> "not-found";
				case FORBIDDEN -> "forbidden";
				case METHOD_NOT_ALLOWED -> "method";
				case NOT_ACCEPTABLE -> "not-acceptable";
				case UNSUPPORTED_MEDIA_TYPE -> "media-type";
				case CONTENT_TOO_LARGE -> "too-large";
				case SERVICE_UNAVAILABLE -> "unavailable";
				default -> status.is5xxServerError() ? "internal" : "bad-request";
			};
		}

	}

}
