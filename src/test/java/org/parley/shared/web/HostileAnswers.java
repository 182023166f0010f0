package org.parley.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.RequestDispatcher;
import org.parley.support.Endpoints.Endpoint;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Sends hostile requests and judges each answer as the hostile-input tests require: no
 * server error, no page cut off, no untranslated message, and on a refusal a translated
 * page or a problem detail and nothing stored (the audit log, which every write feeds,
 * has not grown). Counts the answers by status and collects what went wrong.
 */
final class HostileAnswers {

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final RequestPostProcessor user;

	private final Map<Integer, Integer> byStatus = new TreeMap<>();

	private final List<String> failures = new ArrayList<>();

	private int sent;

	HostileAnswers(MockMvc mvc, JdbcTemplate jdbc, RequestPostProcessor user) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.user = user;
	}

	/** Sends the request and judges the answer: the result, or null on a server error. */
	MvcResult check(Endpoint endpoint, String what, MockHttpServletRequestBuilder request) throws Exception {
		long before = auditSeq();
		MvcResult result;
		try {
			result = this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			// What the container would answer 500 to
			count(500);
			fail(endpoint + " " + what + " failed: " + rootCause(ex));
			return null;
		}
		MockHttpServletResponse response = result.getResponse();
		int status = response.getStatus();
		count(status);
		String label = endpoint + " " + what + " answered " + status;
		if (status >= 500) {
			fail(label);
			return null;
		}
		String type = (response.getContentType() != null) ? response.getContentType() : "";
		String body = response.getContentAsString();
		if (status == 200 && type.contains("text/html") && body.contains("<html")
				&& !body.stripTrailing().endsWith("</html>")) {
			fail(label + ": the page is cut off");
		}
		if (!endpoint.api() && !endpoint.method().equals("GET") && status == 200 && type.contains("text/html")
				&& !(body.contains("invalid-feedback") || body.contains("is-invalid")
						|| body.contains("alert-danger"))) {
			fail(label + ": the form is shown again without a message");
		}
		if (body.contains("typeMismatch") || body.contains("??")) {
			fail(label + ": an untranslated message");
		}
		if (status >= 400) {
			if (auditSeq() != before) {
				fail(label + ": something was stored");
			}
			// A status sent without a body is written by the container's error dispatch.
			MockHttpServletResponse shown = body.isEmpty() ? errorDispatch(result, endpoint.api()) : response;
			String shownType = (shown.getContentType() != null) ? shown.getContentType() : "";
			if (endpoint.api() && !shownType.contains("application/problem+json")) {
				fail(label + ": not a problem detail (" + shownType + ")");
			}
			String page = shown.getContentAsString();
			if (!endpoint.api() && (!page.contains("<h1") || page.contains("??"))) {
				fail(label + ": no translated page");
			}
		}
		return result;
	}

	void fail(String failure) {
		this.failures.add(failure);
	}

	List<String> failures() {
		return this.failures;
	}

	int sent() {
		return this.sent;
	}

	/** How many answers of each status, and what went wrong, for the test's output. */
	String report() {
		StringBuilder report = new StringBuilder(this.sent + " requests, by status " + this.byStatus);
		this.failures.forEach((failure) -> report.append(System.lineSeparator()).append(failure));
		return report.toString();
	}

	private void count(int status) {
		this.sent++;
		this.byStatus.merge(status, 1, Integer::sum);
	}

	/**
	 * What the container's error dispatch shows for a status sent with sendError (MockMvc
	 * does not dispatch): a page, or for the API a problem whatever the request accepted.
	 */
	private MockHttpServletResponse errorDispatch(MvcResult result, boolean api) throws Exception {
		String accept = result.getRequest().getHeader("Accept");
		MockHttpServletRequestBuilder error = get("/error").with(this.user)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, result.getResponse().getStatus())
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, result.getRequest().getRequestURI())
			.header("Accept", (api && accept != null) ? accept : MediaType.TEXT_HTML_VALUE);
		Object refusal = result.getRequest().getAttribute(InputGuardFilter.REFUSAL);
		if (refusal != null) {
			error.requestAttr(InputGuardFilter.REFUSAL, refusal);
		}
		return this.mvc.perform(error).andReturn().getResponse();
	}

	long auditSeq() {
		Long seq = this.jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM audit_entry", Long.class);
		return (seq != null) ? seq : 0;
	}

	static String abbreviate(String value) {
		String shown = value.replace("\u0000", "\\0");
		return (shown.length() > 40) ? shown.substring(0, 40) + "…(" + shown.length() + ")" : shown;
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		return cause.getClass().getSimpleName() + ": " + message.substring(0, Math.min(200, message.length()));
	}

}
