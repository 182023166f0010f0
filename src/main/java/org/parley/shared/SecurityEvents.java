package org.parley.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log (OWASP ASVS 16.3.2, 16.3.3): one line on the logger {@value #LOGGER}
 * for every request Parley refuses for security's sake, and every integrity failure, so
 * that an operator can watch for probing without reading the audit log (which records
 * changes and reads, not refusals). A line names the kind of event, who
 * ({@code anonymous} when nobody is signed in, or a sign-in failed for a name that is no
 * account), the method, the path without its query string, the client's address and the
 * request's correlation id; never a password, token, code, parameter or query string.
 * Each value is also attached as a key-value pair for structured log formats.
 */
public final class SecurityEvents {

	/** The logger's name: route it to its own file or system if need be. */
	public static final String LOGGER = "parley.security";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	private static final String ANONYMOUS = "anonymous";

	private static final int MAX_VALUE = 200;

	private SecurityEvents() {
	}

	/** What happened. */
	public enum Kind {

		/** A signed-in user asked for what their roles or teams do not allow (403). */
		FORBIDDEN("forbidden", Level.WARN),

		/** A change without a valid CSRF token (403). */
		CSRF("csrf", Level.WARN),

		/** A wrong username or password, or a disabled account. */
		SIGN_IN_FAILED("sign-in-failed", Level.INFO),

		/**
		 * A sign-in refused before its password was checked: too many failures for the
		 * name or from the address, or a locked account.
		 */
		SIGN_IN_THROTTLED("sign-in-throttled", Level.WARN),

		/**
		 * A wrong or replayed code of the second factor, after a right password: someone
		 * may hold the password.
		 */
		SECOND_FACTOR_FAILED("second-factor-failed", Level.WARN),

		/** A recovery code signed someone in: the user's phone may be lost or taken. */
		RECOVERY_CODE_USED("recovery-code-used", Level.WARN),

		/**
		 * An access token that is unknown, expired, revoked or its owner's disabled
		 * (401).
		 */
		TOKEN_REFUSED("token-refused", Level.WARN),

		/** An API client that spent its calls (429). */
		RATE_LIMITED("rate-limited", Level.WARN),

		/** Stored data no longer what was written: a file's checksum, the audit chain. */
		INTEGRITY_FAILURE("integrity-failure", Level.ERROR);

		private final String label;

		private final Level level;

		Kind(String label, Level level) {
			this.label = label;
			this.level = level;
		}

		public String label() {
			return this.label;
		}

	}

	/** An event of the current request, by the signed-in user (or anonymous). */
	public static void record(Kind kind) {
		record(kind, currentRequest(), currentUser(), null);
	}

	/** An event of a request, by the signed-in user (or anonymous). */
	public static void record(Kind kind, HttpServletRequest request) {
		record(kind, request, currentUser(), null);
	}

	/**
	 * An event of the current request.
	 * @param username who: the account concerned, or null for anonymous
	 * @param detail what was concerned, never a secret ("document 12"), or null
	 */
	public static void record(Kind kind, String username, String detail) {
		record(kind, currentRequest(), (username != null) ? username : ANONYMOUS, detail);
	}

	private static void record(Kind kind, HttpServletRequest request, String username, String detail) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("event", kind.label());
		values.put("user", username);
		values.put("method", (request != null) ? request.getMethod() : "-");
		values.put("path", (request != null) ? request.getRequestURI() : "-");
		values.put("address", (request != null) ? request.getRemoteAddr() : "-");
		String correlationId = MDC.get("correlationId");
		values.put("correlation", (correlationId != null) ? correlationId : "-");
		if (detail != null) {
			values.put("detail", detail);
		}
		LoggingEventBuilder line = log.atLevel(kind.level);
		StringBuilder text = new StringBuilder("security");
		values.forEach((key, value) -> {
			String clean = clean(value);
			line.addKeyValue(key, clean);
			text.append(' ').append(key).append('=').append(clean);
		});
		line.log(text.toString());
	}

	/**
	 * One word of printable characters, so a crafted path or name cannot forge a line.
	 */
	private static String clean(String value) {
		if (value == null || value.isEmpty()) {
			return "-";
		}
		String oneWord = value.replaceAll("[\\s\\p{Cntrl}]", "_");
		return (oneWord.length() <= MAX_VALUE) ? oneWord : oneWord.substring(0, MAX_VALUE) + "...";
	}

	private static String currentUser() {
		return CurrentUser.signedInName().orElse(ANONYMOUS);
	}

	private static HttpServletRequest currentRequest() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return (attributes instanceof ServletRequestAttributes servlet) ? servlet.getRequest() : null;
	}

}
