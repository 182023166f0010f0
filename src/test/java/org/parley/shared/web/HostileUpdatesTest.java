package org.parley.shared.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.shared.web.BoundFields.Field;
import org.parley.shared.web.UpdateTargets.Target;
import org.parley.support.Endpoints;
import org.parley.support.Endpoints.Endpoint;
import org.parley.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every update of the API ({@code PUT} and {@code PATCH}, found in the handler mapping)
 * is fed the {@link HostileCorpus} one JSON field at a time, as México's field officer,
 * with the ETag just read in If-Match, so that the body is read and not refused for a
 * missing version. A refusal is a problem detail naming the field, and the record reads
 * the same after it; a value taken (markup is text) reads back as the same string. Each
 * update also meets malformed JSON, a wrong content type, an Accept it cannot answer, no
 * If-Match, a stale one and no CSRF token, and refuses them all without a change. An
 * update the test cannot reach (no record, no version to read) fails it.
 */
@IntegrationTest
class HostileUpdatesTest extends FieldOfficerRequests {

	private static final Set<String> UPDATES = Set.of("PUT", "PATCH");

	/** The updates that only another role makes (decision 0024), and who makes them. */
	private static final Map<String, String> ACTING = Map
		.of("PUT /api/v1/armed-groups/{id}/designations/{designationId}", "hq");

	private static final String MARK = "A plain change, taken";

	/**
	 * A new update the test does not know how to reach fails it rather than going
	 * untested: no GET reads its version, or no record fills its path.
	 */
	@Test
	void anUpdateTheTestCannotReachFailsIt() throws Exception {
		List<Endpoint> all = Endpoints.all(this.mappings);
		Endpoint known = all.stream().filter((e) -> e.method().equals("PUT")).findFirst().orElseThrow();
		UpdateTargets targets = new UpdateTargets(this, all);
		assertThat(targets.reach(new Endpoint("PUT", "/api/v1/cases/{id}/unread", known.handler()))).isNull();
		assertThat(targets
			.reach(new Endpoint("PUT", "/api/v1/cases/{id}/steps/{slug}/answers/{answerId}", known.handler())))
			.isNull();
		assertThat(targets.reach(new Endpoint("PUT", "/api/v1/cases/{id}/objectives", known.handler()))).isNotNull();
		assertThat(this.answers.failures()).hasSize(2)
			.anySatisfy((failure) -> assertThat(failure).contains("/unread has no GET to read its version"))
			.anySatisfy((failure) -> assertThat(failure).contains("No demo id for {answerId}"));
	}

	@Test
	void everyUpdateOfTheApiSurvivesTheCorpusFieldByField() throws Exception {
		long started = System.nanoTime();
		List<Endpoint> all = Endpoints.all(this.mappings);
		List<Endpoint> updates = all.stream().filter((e) -> e.api() && UPDATES.contains(e.method())).toList();
		UpdateTargets targets = new UpdateTargets(this, all);
		int fields = 0;
		RequestPostProcessor fieldOfficer = this.fieldMx;
		for (Endpoint endpoint : updates) {
			// The updates a field officer may not make are made by who may.
			this.fieldMx = ACTING.containsKey(endpoint.toString()) ? as(this.users, ACTING.get(endpoint.toString()))
					: fieldOfficer;
			Target target = targets.reach(endpoint);
			if (target == null) {
				continue;
			}
			BoundFields bound = BoundFields.of(endpoint.handler());
			fields += bound.fields().size();
			if (!baseline(endpoint, target, bound)) {
				continue;
			}
			for (Field field : bound.fields()) {
				List<JsonNode> values = new ArrayList<>();
				field.corpus().forEach((value) -> values.add(field.json(value)));
				for (String wrong : (field.location() == BoundFields.Location.BODY) ? HostileCorpus.WRONG_TYPE
						: List.<String>of()) {
					values.add(this.json.readTree(wrong));
				}
				for (JsonNode value : values) {
					hostile(endpoint, target, bound, field, value);
				}
			}
			refusals(endpoint, target, bound);
			restore(endpoint, target, bound);
		}
		this.fieldMx = fieldOfficer;
		System.out.printf("Hostile updates: %d endpoints, %d fields, %s, in %d s%n", updates.size(), fields,
				this.answers.report(), (System.nanoTime() - started) / 1_000_000_000L);
		assertThat(updates).as("API updates found").hasSizeGreaterThan(14);
		assertThat(this.answers.failures()).as("hostile updates answered badly").isEmpty();
	}

	/** One field at a hostile value, the others as stored. */
	private void hostile(Endpoint endpoint, Target target, BoundFields bound, Field field, JsonNode value)
			throws Exception {
		String what = field.name() + "=" + HostileAnswers.abbreviate(value.toString());
		MockHttpServletRequestBuilder request = put(endpoint, target);
		if (field.location() == BoundFields.Location.PARAM) {
			request.param(field.name(), value.asString()).content(body(bound, target, Map.of()));
		}
		else {
			request.content(body(bound, target, Map.of(field, value)));
		}
		MvcResult result = this.answers.check(endpoint, what, request);
		if (result == null) {
			return;
		}
		MockHttpServletResponse response = result.getResponse();
		int status = response.getStatus();
		if (status < 300) {
			if (response.getHeader("ETag") == null) {
				this.answers.fail(endpoint + " " + what + " answered " + status + " without an ETag");
			}
			if (reread(endpoint, target, what) && field.kind() == BoundFields.Kind.TEXT && value.isString()
					&& !readsBack(target.json.findValues(last(field.name())), value.stringValue())) {
				this.answers.fail(endpoint + " " + what + " was taken but reads back otherwise");
			}
			return;
		}
		unchanged(endpoint, target, what);
		if (status == 400 && !names(response.getContentAsString(), field.name())) {
			this.answers.fail(
					endpoint + " " + what + " answered 400 without naming the field: " + response.getContentAsString());
		}
	}

	/**
	 * Requests refused before the body is used, each with the status it must have. A
	 * change taken first makes the version read before it stale, and the record differ
	 * from what the refused requests send.
	 */
	private void refusals(Endpoint endpoint, Target target, BoundFields bound) throws Exception {
		for (String malformed : HostileCorpus.MALFORMED_JSON) {
			expect(endpoint, target, "JSON " + malformed, 400, put(endpoint, target).content(malformed));
		}
		expect(endpoint, target, "text/plain body", 415,
				put(endpoint, target).contentType(MediaType.TEXT_PLAIN).content("hello"));
		String stale = target.etag;
		if (!changed(endpoint, target, bound)) {
			this.answers.fail(endpoint + " took no change of a text field");
			return;
		}
		String body = body(bound, target, Map.of());
		for (String accept : HostileCorpus.UNACCEPTABLE) {
			expect(endpoint, target, "Accept " + accept, 406, put(endpoint, target).accept(accept).content(body));
		}
		expect(endpoint, target, "no If-Match", 428, put(endpoint, target, null).content(body));
		expect(endpoint, target, "stale If-Match", 409, put(endpoint, target, stale).content(body));
		expect(endpoint, target, "no CSRF token", 403,
				request(HttpMethod.valueOf(endpoint.method()), target.path).with(this.fieldMx)
					.header("If-Match", target.etag)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));
	}

	/** Changes the first text field that takes a plain sentence. */
	private boolean changed(Endpoint endpoint, Target target, BoundFields bound) throws Exception {
		for (Field text : bound.of(BoundFields.Location.BODY)) {
			if (text.kind() != BoundFields.Kind.TEXT || text.many()) {
				continue;
			}
			MvcResult result = this.answers.check(endpoint, "a change of " + text.name(),
					put(endpoint, target).content(body(bound, target, Map.of(text, text.json(MARK)))));
			if (result != null && result.getResponse().getStatus() < 300) {
				target.mark = text;
				return reread(endpoint, target, "a change of " + text.name());
			}
		}
		return false;
	}

	private void expect(Endpoint endpoint, Target target, String what, int status,
			MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = this.answers.check(endpoint, what, request);
		if (result != null && result.getResponse().getStatus() != status) {
			this.answers
				.fail(endpoint + " " + what + " answered " + result.getResponse().getStatus() + ", not " + status);
		}
		unchanged(endpoint, target, what);
	}

	/** The record's own values: they must be taken, or the fields never reach a rule. */
	private boolean baseline(Endpoint endpoint, Target target, BoundFields bound) throws Exception {
		MvcResult result = this.answers.check(endpoint, "its own values",
				put(endpoint, target).content(body(bound, target, Map.of())));
		if (result == null || result.getResponse().getStatus() >= 300) {
			this.answers.fail(endpoint + " refused the record's own values"
					+ ((result != null) ? ": " + result.getResponse().getContentAsString() : ""));
			return false;
		}
		return reread(endpoint, target, "its own values");
	}

	/**
	 * Puts back the values read first: a demo record is left as it was, and a copy named
	 * apart from the record it copies (tests find demo records by name).
	 */
	private void restore(Endpoint endpoint, Target target, BoundFields bound) throws Exception {
		Map<Field, JsonNode> named = (target.copy && target.mark != null)
				? Map.of(target.mark, target.mark.json("Copied by HostileUpdatesTest")) : Map.of();
		MvcResult result = this.mvc.perform(put(endpoint, target).content(body(bound, target, named))).andReturn();
		if (result.getResponse().getStatus() >= 300) {
			this.answers.fail(endpoint + " could not be restored: " + result.getResponse().getStatus());
		}
	}

	private void unchanged(Endpoint endpoint, Target target, String what) throws Exception {
		String before = target.body;
		String etag = target.etag;
		if (reread(endpoint, target, what) && (!before.equals(target.body) || !Objects.equals(etag, target.etag))) {
			this.answers.fail(endpoint + " " + what + " was refused but the record changed");
		}
	}

	/** Reads the record again; one that no longer reads is a failure. */
	private boolean reread(Endpoint endpoint, Target target, String what) throws Exception {
		if (target.read()) {
			return true;
		}
		this.answers.fail(endpoint + " " + what + ": " + target.readPath + " no longer reads");
		return false;
	}

	private String body(BoundFields bound, Target target, Map<Field, JsonNode> hostile) {
		return this.json.writeValueAsString(bound.json(target.base, hostile));
	}

	private MockHttpServletRequestBuilder put(Endpoint endpoint, Target target) {
		return put(endpoint, target, target.etag);
	}

	private MockHttpServletRequestBuilder put(Endpoint endpoint, Target target, String etag) {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), target.path)
			.with(this.fieldMx)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON);
		if (etag != null) {
			request.header("If-Match", etag);
		}
		return request;
	}

	/** Whether a problem's errors name the field (a row of it, or a part of it). */
	private boolean names(String problem, String field) {
		String wanted = field.replace("[0]", "");
		for (JsonNode error : this.json.readTree(problem).path("errors")) {
			String named = error.path("field").asString("").replaceAll("\\[\\d+]", "");
			if (!named.isEmpty() && (named.startsWith(wanted) || wanted.startsWith(named))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a text taken reads back as sent (Unicode composed alike), where it reads
	 * back at all: a field read nowhere, or dropped as the rules say (safety notes of a
	 * round not held in person), is not compared.
	 */
	private static boolean readsBack(List<JsonNode> stored, String value) {
		String sent = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
		List<String> texts = stored.stream().filter(JsonNode::isString).map(JsonNode::stringValue).toList();
		return texts.isEmpty() || texts.stream()
			.anyMatch((text) -> Normalizer.normalize(text, Normalizer.Form.NFC).strip().equals(sent));
	}

	private static String last(String name) {
		return name.replaceFirst(".*\\.", "").replaceAll("\\[\\d+]", "");
	}

}
