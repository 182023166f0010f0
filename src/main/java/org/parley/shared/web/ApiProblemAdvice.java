package org.parley.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.InvalidParameterException;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolation;
import org.parley.shared.SecurityEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Errors of the JSON API as RFC 9457 problem details: a stable type, a translated title
 * and detail, the fields at fault, and the request's correlation id. Never an exception
 * message or a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemAdvice {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final MessageSource messages;

	ApiProblemAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getAllErrors()
			.stream()
			.map((error) -> Map.of("field", (error instanceof FieldError field) ? field.getField() : "", "message",
					this.messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "api.problem.validation", request);
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(RuleViolation.class)
	ProblemDetail rule(RuleViolation ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule", "api.problem.rule", request);
		problem.setProperty("errors", List.of(Map.of("field", (ex.field() != null) ? ex.field() : "", "message",
				this.messages.getMessage(ex.messageKey(), null, ex.messageKey(), LocaleContextHolder.getLocale()))));
		if (!ex.details().isEmpty()) {
			problem.setProperty("missing",
					ex.details()
						.stream()
						.map((detail) -> this.messages.getMessage(detail, LocaleContextHolder.getLocale()))
						.toList());
		}
		return problem;
	}

	@ExceptionHandler(InvalidParameterException.class)
	ProblemDetail invalidParameter(InvalidParameterException ex, HttpServletRequest request) {
		String message = this.messages.getMessage(ex.messageKey(), ex.args(), LocaleContextHolder.getLocale());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "api.problem.validation", request);
		problem.setDetail(message);
		problem.setProperty("errors", List.of(Map.of("field", ex.parameter(), "message", message)));
		return problem;
	}

	@ExceptionHandler({ ConcurrentEditException.class, ObjectOptimisticLockingFailureException.class })
	ProblemDetail conflict(RuntimeException ex, HttpServletRequest request) {
		log.info("Concurrent edit refused: {}", ex.getMessage());
		return problem(HttpStatus.CONFLICT, "conflict", "api.problem.conflict", request);
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ProblemDetail missingHeader(MissingRequestHeaderException ex, HttpServletRequest request) {
		if ("If-Match".equalsIgnoreCase(ex.getHeaderName())) {
			return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "api.problem.if-match", request);
		}
		return problem(HttpStatus.BAD_REQUEST, "bad-request", "api.problem.bad-request", request);
	}

	@ExceptionHandler(IfMatchRequiredException.class)
	ProblemDetail ifMatchRequired(IfMatchRequiredException ex, HttpServletRequest request) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "api.problem.if-match", request);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "api.problem.not-found", request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex, HttpServletRequest request) {
		SecurityEvents.record(SecurityEvents.Kind.FORBIDDEN, request);
		return problem(HttpStatus.FORBIDDEN, "forbidden", "api.problem.forbidden", request);
	}

	/**
	 * A body or parameter that cannot be read: where the JSON reader knows which property
	 * failed ({@code people.staffKilled}, {@code actors[0].kind}), or the parameter is
	 * known, it is named in {@code errors} with what it takes.
	 */
	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, HandlerMethodValidationException.class })
	ProblemDetail badRequest(Exception ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-request", "api.problem.bad-request", request);
		UnreadableField field = UnreadableField.of(ex);
		if (field != null) {
			problem.setProperty("errors", List.of(Map.of("field", field.name(), "message",
					this.messages.getMessage(field.messageKey(), null, LocaleContextHolder.getLocale()))));
		}
		return problem;
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ProblemDetail mediaType(Exception ex, HttpServletRequest request) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type", "api.problem.media-type", request);
	}

	/**
	 * An {@code Accept} the API cannot produce: 406, said as a problem detail whatever
	 * was asked for.
	 */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(Exception ex, HttpServletRequest request) {
		return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "api.problem.not-acceptable", request));
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
		log.error("API request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "api.problem.internal", request);
	}

	private ProblemDetail problem(HttpStatus status, String type, String key, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:parley:problem:" + type));
		problem.setTitle(this.messages.getMessage(key + ".title", null, LocaleContextHolder.getLocale()));
		problem.setDetail(this.messages.getMessage(key + ".detail", null, LocaleContextHolder.getLocale()));
		problem.setInstance(URI.create(request.getRequestURI()));
		Object correlationId = request.getAttribute("correlationId");
		if (correlationId != null) {
			problem.setProperty("correlationId", correlationId.toString());
		}
		return problem;
	}

}
