package org.parley.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.identity.TestTokens;
import org.parley.shared.web.BoundFields.Field;
import org.parley.shared.web.BoundFields.Kind;
import org.parley.shared.web.BoundFields.Location;
import org.parley.support.Endpoints;
import org.parley.support.Endpoints.Endpoint;
import org.parley.support.Endpoints.Team;
import org.parley.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every form, API creation and search Parley maps (found in the handler mapping, so a new
 * one is covered without being listed) is fed the {@link HostileCorpus} in each field it
 * binds, as México's field officer on México's records, and answers without a server
 * error, without a page cut off, with a translated message or a problem detail when it
 * refuses, and without storing what it refused. The API's updates and actions, which need
 * the version just read, are {@link HostileUpdatesTest}'s and
 * {@link HostileActionsTest}'s.
 */
@IntegrationTest
class HostileInputTest extends FieldOfficerRequests {

	/**
	 * Outside this slice: sign-in and sign-out (Spring Security's filters, not handlers);
	 * one's account and sessions, administration and exports, which
	 * {@link HostileActionsTest} feeds on a database of its own.
	 */
	private static final List<String> SKIPPED = List.of("/login", "/logout", "/account", "/admin", "/exports",
			"/api/v1/exports", "/actuator", "/upload-too-large");

	private static final Set<String> UPDATES = Set.of("PUT", "PATCH");

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	@Test
	void everyEndpointSurvivesTheCorpus() throws Exception {
		long started = System.nanoTime();
		Map<Endpoint, String> endpoints = endpoints();
		assertThat(endpoints).as("endpoints found").hasSizeGreaterThan(60);
		for (Map.Entry<Endpoint, String> entry : endpoints.entrySet()) {
			Endpoint endpoint = entry.getKey();
			BoundFields bound = BoundFields.of(endpoint.handler());
			for (Kind kind : bound.kinds()) {
				// Each value of the kind's corpus once, rotated over the fields of that
				// kind, the other fields plausible: every field meets every value of its
				// kind over the rounds when it has as many values as fields.
				List<Field> ofKind = bound.fields().stream().filter((f) -> f.kind() == kind).toList();
				List<String> corpus = ofKind.get(0).corpus();
				for (int round = 0; round < Math.max(corpus.size(), ofKind.size()); round++) {
					Map<Field, String> hostile = new LinkedHashMap<>();
					for (int j = 0; j < ofKind.size(); j++) {
						hostile.put(ofKind.get(j), corpus.get((round + j) % corpus.size()));
					}
					send(endpoint, entry.getValue(), bound, hostile);
				}
			}
			extras(endpoint, entry.getValue());
		}
		System.out.printf("Hostile input: %d endpoints, corpus of %d values, %s, in %d s%n", endpoints.size(),
				HostileCorpus.size(), this.answers.report(), (System.nanoTime() - started) / 1_000_000_000L);
		assertThat(this.answers.failures()).as("hostile requests answered badly").isEmpty();
	}

	/**
	 * The API answers an Accept it cannot produce, an unknown route and a wrong method
	 * with problems.
	 */
	@Test
	void apiErrorsAreProblemDetails() throws Exception {
		String token = TestTokens.issue(this.context, "field.mx");
		for (String accept : HostileCorpus.UNACCEPTABLE) {
			MockHttpServletResponse response = this.mvc
				.perform(get("/api/v1/cases").header("Authorization", "Bearer " + token).header("Accept", accept))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(accept).isEqualTo(406);
			assertThat(response.getContentType()).contains("application/problem+json");
		}
		HttpClient client = HttpClient.newHttpClient();
		// Refused by the container's error dispatch, whatever the client accepts (a
		// browser's text/html included); /api/v1/me declares what it produces.
		for (String[] call : new String[][] { { "GET", "/api/v1/no-such-thing", "404", "application/json" },
				{ "DELETE", "/api/v1/cases", "405", "application/json" },
				{ "GET", "/api/v1/no-such-thing", "404", "text/html" },
				{ "DELETE", "/api/v1/cases", "405", "text/html" }, { "GET", "/api/v1/me", "406", "text/html" } }) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + call[1]))
				.method(call[0], HttpRequest.BodyPublishers.noBody())
				.header("Authorization", "Bearer " + token)
				.header("Accept", call[3])
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(call[1]).isEqualTo(Integer.parseInt(call[2]));
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(call[1] + " " + call[3])
				.contains("application/problem+json");
			assertThat(response.body()).contains("urn:parley:problem:");
		}
		// /error opened directly is not an error of the server
		HttpResponse<String> error = client.send(HttpRequest.newBuilder(URI.create(base() + "/error")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(error.statusCode()).isEqualTo(404);
	}

	/**
	 * The API's JSON reader refuses a control character in any string, which answers 400.
	 */
	@Test
	void jsonStringsWithControlCharactersAreRefused() {
		assertThat(this.json.readValue("{\"a\":\"tab\\there\\nand a line\"}", Map.class)).isNotEmpty();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.json.readValue("{\"a\":\"nul \\u0000 here\"}", Map.class))
			.isInstanceOf(tools.jackson.core.JacksonException.class);
	}

	/**
	 * Recording an incident from nowhere, or from a check that is not México's, shows the
	 * form.
	 */
	@Test
	void theIncidentFormOpensWithoutACaseAndWithAStrangeCheck() throws Exception {
		Long otherCheck = this.jdbc.queryForObject("SELECT max(id) FROM compliance_check", Long.class);
		for (String path : List.of("/incidents/new", "/incidents/new?checkId=" + otherCheck,
				"/incidents/new?checkId=abc", "/incidents/new?checkId=-1&agreementId=999999")) {
			MockHttpServletResponse response = this.mvc.perform(get(path).with(this.fieldMx)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isLessThan(500);
			if (response.getStatus() == 200) {
				assertThat(response.getContentAsString().stripTrailing()).as(path).endsWith("</html>");
			}
		}
	}

	/** A multipart body that cannot be parsed is refused with 400 on every POST route. */
	@Test
	void malformedMultipartIsRefusedEverywhere() throws Exception {
		String token = TestTokens.issue(this.context, "field.mx");
		HttpClient client = HttpClient.newHttpClient();
		int tried = 0;
		for (Map.Entry<Endpoint, String> entry : endpoints().entrySet()) {
			Endpoint endpoint = entry.getKey();
			if (!endpoint.method().equals("POST")) {
				continue;
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + entry.getValue()))
				.header("Content-Type", "multipart/form-data; boundary=XyZ")
				.header("Accept-Language", "es")
				.header("Accept", endpoint.api() ? "application/json" : "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(HostileCorpus.MALFORMED_MULTIPART));
			if (endpoint.api()) {
				request.header("Authorization", "Bearer " + token);
			}
			HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			tried++;
			assertThat(response.statusCode()).as(endpoint.toString()).isEqualTo(400);
			if (endpoint.api()) {
				assertThat(response.headers().firstValue("Content-Type").orElse("")).as(endpoint.toString())
					.contains("application/problem+json");
			}
			else {
				assertThat(response.body()).as(endpoint.toString()).contains("No se pudo leer el formulario");
			}
		}
		assertThat(tried).as("POST routes tried").isGreaterThan(30);
	}

	private void send(Endpoint endpoint, String path, BoundFields bound, Map<Field, String> hostile) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), path).with(this.fieldMx)
			.with(csrf());
		if (bound.body()) {
			Map<Field, JsonNode> values = new LinkedHashMap<>();
			hostile.forEach((field, value) -> values.put(field, field.json(value)));
			request.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(bound.json(null, values)));
		}
		for (Field other : bound.of(Location.PARAM)) {
			request.param(other.name(), hostile.getOrDefault(other, other.baseline()));
		}
		StringBuilder what = new StringBuilder();
		hostile.forEach((field,
				value) -> what.append(field.name()).append('=').append(HostileAnswers.abbreviate(value)).append(' '));
		this.answers.check(endpoint, what.toString().trim(), request);
	}

	private void extras(Endpoint endpoint, String path) throws Exception {
		if (endpoint.method().equals("GET")) {
			return;
		}
		HttpMethod method = HttpMethod.valueOf(endpoint.method());
		// no CSRF token, with a session
		this.answers.check(endpoint, "no CSRF token", request(method, path).with(this.fieldMx));
		if (endpoint.api()) {
			for (String body : HostileCorpus.MALFORMED_JSON) {
				this.answers.check(endpoint, "JSON " + body,
						request(method, path).with(this.fieldMx)
							.with(csrf())
							.contentType(MediaType.APPLICATION_JSON)
							.content(body));
			}
			this.answers.check(endpoint, "text/plain body",
					request(method, path).with(this.fieldMx)
						.with(csrf())
						.contentType(MediaType.TEXT_PLAIN)
						.content("hello"));
			// Plausible values, asked for in a format the API does not write: refused
			// before anything is stored.
			String plausible = this.json.writeValueAsString(BoundFields.of(endpoint.handler()).json(null, Map.of()));
			for (String accept : HostileCorpus.UNACCEPTABLE) {
				MvcResult result = this.answers.check(endpoint, "Accept " + accept,
						request(method, path).with(this.fieldMx)
							.with(csrf())
							.contentType(MediaType.APPLICATION_JSON)
							.accept(accept)
							.content(plausible));
				if (result != null && result.getResponse().getStatus() < 300) {
					this.answers.fail(endpoint + " Accept " + accept + " answered " + result.getResponse().getStatus());
				}
			}
		}
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	/**
	 * The forms, the API's creations and the searches (what binds a field) outside the
	 * skipped areas, with their paths filled from México's records. The API's updates are
	 * {@link HostileUpdatesTest}'s.
	 */
	private Map<Endpoint, String> endpoints() {
		Endpoints.Ids ids = new Endpoints.Ids(this.jdbc);
		Map<Endpoint, String> endpoints = new LinkedHashMap<>();
		for (Endpoint endpoint : Endpoints.all(this.mappings)) {
			String pattern = endpoint.pattern();
			boolean update = endpoint.api() && UPDATES.contains(endpoint.method());
			if (SKIPPED.stream().anyMatch(pattern::startsWith) || pattern.contains("**") || update
					|| endpoint.method().equals("DELETE")
					|| !endpoint.write() && BoundFields.of(endpoint.handler()).fields().isEmpty()) {
				continue;
			}
			endpoints.put(endpoint, ids.path(endpoint, Team.MEXICO, "field.mx"));
		}
		return endpoints;
	}

}
