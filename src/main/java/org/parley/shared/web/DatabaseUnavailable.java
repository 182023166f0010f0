package org.parley.shared.web;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The database cannot be reached (it restarts, the pool waited its connection timeout, a
 * pooled connection died with the server): the user is told to try again in a moment, in
 * their language, with {@code 503 Service Unavailable} and {@code Retry-After}, never the
 * "something went wrong" page nor a stack trace. Pages get {@code error/503}; the API an
 * RFC 9457 problem detail. Runs before every other resolver and answers only for such a
 * failure, wherever it sits in the chain of causes (a dead connection reaches a
 * controller wrapped in Spring's and Hibernate's exceptions). A failure thrown by a
 * filter, before any controller, reaches {@link ErrorPages} instead, which asks
 * {@link #is(Throwable)} too.
 */
@Component
class DatabaseUnavailable implements HandlerExceptionResolver, Ordered {

	/** Seconds a client is asked to wait: a restart of PostgreSQL takes a few. */
	static final String RETRY_AFTER_SECONDS = "5";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	private final ObjectProvider<DataSource> dataSource;

	DatabaseUnavailable(MessageSource messages, LocaleResolver locales, JsonMapper json,
			ObjectProvider<DataSource> dataSource) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.dataSource = dataSource;
	}

	/**
	 * Whether a failure means the database could not be reached, rather than a fault of
	 * the request or of Parley: a transaction that could not start, a connection refused,
	 * timed out or lost (SQL states of class 08, and 57P01-57P03: the server shutting
	 * down or starting).
	 */
	static boolean is(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException || cause instanceof JDBCConnectionException
					|| cause instanceof SQLTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && (connectionState(sql.getSQLState()) || closed(sql.getMessage()))) {
				return true;
			}
			// The rollback of a transaction whose connection died fails too, and its
			// failure replaces the one that made the transaction roll back.
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& rollback.getApplicationException() != failure && is(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

	private static boolean connectionState(String state) {
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

	/**
	 * A connection used after the server closed it (HikariCP's and the driver's words).
	 */
	private static boolean closed(String message) {
		return message != null && (message.startsWith("Connection is closed")
				|| message.startsWith("This connection has been closed"));
	}

	@Override
	public int getOrder() {
		// After Boot's DefaultErrorAttributes (which only notes the failure), before
		// every advice.
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!is(ex) || response.isCommitted()) {
			return null;
		}
		log.warn("Database unavailable, answered 503: {}", ex.toString());
		evictPooledConnections();
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		if (isApi(request.getRequestURI())) {
			try {
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getOutputStream().write(this.json.writeValueAsBytes(problem(request)));
			}
			catch (IOException written) {
				log.debug("Problem detail not written: {}", written.toString());
			}
			return new ModelAndView();
		}
		ModelAndView page = new ModelAndView("error/503");
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		page.addObject("retry", retry(request));
		return page;
	}

	/**
	 * The address to ask again: the same page, for a GET; nothing for a form sent (the
	 * user goes back to it, and their browser still holds what they typed).
	 */
	static String retry(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return null;
		}
		// On the error dispatch (a filter's failure), the request that failed is in its
		// attributes.
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed != null) ? failed.toString() : request.getRequestURI();
		Object query = (failed != null) ? request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
				: request.getQueryString();
		if (!uri.startsWith("/") || uri.startsWith("//")) {
			// Only a path of this site (Spring Security refuses "//" before, besides).
			return "/";
		}
		return (query != null) ? uri + "?" + query : uri;
	}

	/** The problem as {@link ErrorPages} writes its own: the same fields, flat. */
	private Map<String, Object> problem(HttpServletRequest request) {
		Locale locale = this.locales.resolveLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:parley:problem:unavailable");
		problem.put("title", this.messages.getMessage("api.problem.unavailable.title", null, locale));
		problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
		problem.put("detail", this.messages.getMessage("api.problem.unavailable.detail", null, locale));
		problem.put("instance", request.getRequestURI());
		Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
		if (correlationId != null) {
			problem.put("correlationId", correlationId.toString());
		}
		return problem;
	}

	/**
	 * The pool's other connections most likely died with the same server: it lets go of
	 * them now (idle ones at once, busy ones when returned) rather than lend each once
	 * more to a request that would fail with it.
	 */
	private void evictPooledConnections() {
		try {
			DataSource source = this.dataSource.getIfAvailable();
			if (source != null && source.isWrapperFor(HikariDataSource.class)) {
				HikariPoolMXBean pool = source.unwrap(HikariDataSource.class).getHikariPoolMXBean();
				if (pool != null) {
					pool.softEvictConnections();
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			log.debug("Pool not evicted: {}", ex.toString());
		}
	}

	static boolean isApi(String uri) {
		return uri != null && uri.startsWith("/api/");
	}

}
