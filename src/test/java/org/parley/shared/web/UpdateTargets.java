package org.parley.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.negotiation.CaseFixtures;
import org.parley.negotiation.MethodStep;
import org.parley.shared.web.BoundFields.Field;
import org.parley.support.Endpoints;
import org.parley.support.Endpoints.Endpoint;
import org.parley.support.Endpoints.Team;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The record each update of the API changes, reached as México's field officer: its path,
 * where its version is read (a GET of the same path, or as {@link #ELSEWHERE} says), and
 * its values as stored. An update it cannot reach (no record to fill the path, nothing
 * that reads its version) is a failure, so that coverage cannot shrink unseen.
 */
final class UpdateTargets {

	/**
	 * The updates whose version is not read by a GET of their own path: where it is read,
	 * what of the answer is the version, and the path variables to use.
	 */
	static final Map<String, Reach> ELSEWHERE = Map.of(
			"PUT /api/v1/cases/{id}/notes/{slug}", new Reach("/api/v1/cases/{id}/steps/{slug}",
					(json, vars) -> json.path("caseVersion").asString(), Map.of("slug", "follow-up")),
			"PUT /api/v1/cases/{id}/steps/{slug}/answers",
			new Reach("/api/v1/cases/{id}/steps/{slug}", (json, vars) -> json.path("caseVersion").asString(),
					Map.of("slug", "agreement")),
			"PUT /api/v1/agreements/{id}/versions/{versionId}",
			new Reach("/api/v1/agreements/{id}", UpdateTargets::versionOf, Map.of()),
			"PUT /api/v1/disclosure-requests/{id}/assessment",
			new Reach("/api/v1/disclosure-requests/{id}", (json, vars) -> null, Map.of()));

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

	private final FieldOfficerRequests requests;

	private final List<Endpoint> all;

	UpdateTargets(FieldOfficerRequests requests, List<Endpoint> all) {
		this.requests = requests;
		this.all = all;
	}

	/**
	 * The record an update changes, its version and its values: México's, or a copy of it
	 * made through the API where the collection takes new ones, so that what the corpus
	 * leaves in fields read nowhere else (a real name) stays on the copy. Null, with the
	 * failure said, when the update cannot be reached.
	 */
	Target reach(Endpoint endpoint) throws Exception {
		Map<String, String> variables = new LinkedHashMap<>();
		try {
			variables.putAll(variables(endpoint));
		}
		catch (IllegalStateException ex) {
			this.requests.answers.fail(ex.getMessage());
			return null;
		}
		Reach reach = ELSEWHERE.get(endpoint.toString());
		String read = (reach != null) ? reach.read() : endpoint.pattern();
		if (reach == null && this.all.stream().noneMatch((e) -> e.method().equals("GET") && e.pattern().equals(read))) {
			this.requests.answers.fail(endpoint + " has no GET to read its version: say where in ELSEWHERE");
			return null;
		}
		if (reach != null) {
			variables.putAll(reach.variables());
		}
		Target target = new Target(fill(endpoint.pattern(), variables), fill(read, variables),
				(reach != null) ? reach.version() : null, variables);
		if (!target.read()) {
			this.requests.answers.fail(endpoint + " cannot read " + target.readPath);
			return null;
		}
		target.base = BoundFields.of(endpoint.handler()).closest(target.json);
		String parent = endpoint.pattern().replaceFirst("/\\{[^}]*}$", "");
		Endpoint create = this.all.stream()
			.filter((e) -> e.method().equals("POST") && e.pattern().equals(parent)
					&& !parent.equals(endpoint.pattern()))
			.findFirst()
			.orElse(null);
		return (create != null) ? copy(endpoint, create, target) : target;
	}

	private Target copy(Endpoint endpoint, Endpoint create, Target original) throws Exception {
		BoundFields bound = BoundFields.of(create.handler());
		MockHttpServletRequestBuilder post = request(HttpMethod.POST, fill(create.pattern(), original.variables))
			.with(this.requests.fieldMx)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.requests.json.writeValueAsString(bound.json(original.base, Map.of())));
		for (Field param : bound.of(BoundFields.Location.PARAM)) {
			JsonNode stored = original.json.get(param.name());
			post.param(param.name(), (stored != null) ? stored.asString() : param.baseline());
		}
		MockHttpServletResponse response = this.requests.mvc.perform(post).andReturn().getResponse();
		if (response.getStatus() != 201 || response.getHeader("Location") == null) {
			this.requests.answers.fail(endpoint + ": no copy of " + original.path + " to change: "
					+ response.getStatus() + " " + response.getContentAsString());
			return null;
		}
		Target copy = new Target(response.getHeader("Location"), response.getHeader("Location"), null,
				original.variables);
		copy.read();
		copy.base = original.base;
		copy.copy = true;
		return copy;
	}

	/**
	 * México's records; a case at closure and a draft agreement of the test's own (the
	 * demo has neither).
	 */
	private Map<String, String> variables(Endpoint endpoint) throws Exception {
		Map<String, String> variables = new LinkedHashMap<>();
		String path = new Endpoints.Ids(this.requests.jdbc).path(endpoint, Team.MEXICO, "field.mx");
		Matcher names = VARIABLE.matcher(endpoint.pattern());
		Matcher values = Pattern.compile(VARIABLE.matcher(endpoint.pattern()).replaceAll("([^/]+)")).matcher(path);
		if (values.matches()) {
			for (int i = 1; names.find(); i++) {
				variables.put(names.group(1), values.group(i));
			}
		}
		if (endpoint.pattern().equals("/api/v1/cases/{id}/closure")) {
			variables.put("id", Long.toString(aCaseAt(MethodStep.CLOSURE)));
		}
		if (endpoint.pattern().equals("/api/v1/disclosure-requests/{id}/assessment")) {
			// Only a request still waiting for a decision can be assessed.
			variables.put("id", Long.toString(this.requests.jdbc.queryForObject(
					"SELECT min(id) FROM disclosure_request WHERE team_id = ? AND state IN ('RECEIVED', 'UNDER_ASSESSMENT')",
					Long.class, new Endpoints.Ids(this.requests.jdbc).team(Team.MEXICO))));
		}
		if (endpoint.pattern().equals("/api/v1/agreements/{id}/versions/{versionId}")) {
			// A draft of the same content as México's first agreement.
			long agreement = this.requests.jdbc.queryForObject("SELECT min(id) FROM agreement WHERE team_id = ?",
					Long.class, new Endpoints.Ids(this.requests.jdbc).team(Team.MEXICO));
			JsonNode content = this.requests.json.readTree(read("/api/v1/agreements/" + agreement).getContentAsString())
				.path("versions")
				.path(0)
				.path("content");
			MockHttpServletResponse created = this.requests.mvc
				.perform(request(HttpMethod.POST, "/api/v1/cases/" + aCaseAt(MethodStep.AGREEMENT) + "/agreements")
					.with(this.requests.fieldMx)
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.requests.json.writeValueAsString(content)))
				.andReturn()
				.getResponse();
			JsonNode details = this.requests.json.readTree(created.getContentAsString());
			variables.put("id", details.path("id").asString());
			variables.put("versionId", details.path("versions").path(0).path("id").asString());
		}
		return variables;
	}

	private long aCaseAt(MethodStep step) throws Exception {
		return CaseFixtures.aCaseAt(step, this.requests.mvc, this.requests.users, this.requests.jdbc);
	}

	private MockHttpServletResponse read(String path) throws Exception {
		return this.requests.mvc.perform(get(path).with(this.requests.fieldMx).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
	}

	private static String versionOf(JsonNode agreement, Map<String, String> variables) {
		for (JsonNode version : agreement.path("versions")) {
			if (version.path("id").asString().equals(variables.get("versionId"))) {
				return version.path("version").asString();
			}
		}
		return null;
	}

	private static String fill(String pattern, Map<String, String> variables) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(variables.getOrDefault(matcher.group(1), "x")));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	/**
	 * Where an update's record is read when no GET of its own path reads it.
	 *
	 * @param read the path pattern of the GET
	 * @param version the version in what the GET answers
	 * @param variables path variables to use instead of México's first record
	 */
	record Reach(String read, BiFunction<JsonNode, Map<String, String>, String> version,
			Map<String, String> variables) {
	}

	/** The record an update is sent to, as last read. */
	final class Target {

		final String path;

		final String readPath;

		private final BiFunction<JsonNode, Map<String, String>, String> version;

		private final Map<String, String> variables;

		/** The record's values as the update's body carries them. */
		JsonNode base;

		/** A copy made for the test, not a demo record. */
		boolean copy;

		/** The text field a plain change was taken in. */
		Field mark;

		JsonNode json;

		String body;

		String etag;

		Target(String path, String readPath, BiFunction<JsonNode, Map<String, String>, String> version,
				Map<String, String> variables) {
			this.path = path;
			this.readPath = readPath;
			this.version = version;
			this.variables = variables;
		}

		/** Reads the record again: false when it cannot be read. */
		boolean read() throws Exception {
			MockHttpServletResponse response = UpdateTargets.this.read(this.readPath);
			if (response.getStatus() != 200) {
				return false;
			}
			this.body = response.getContentAsString();
			this.json = UpdateTargets.this.requests.json.readTree(this.body);
			String version = (this.version != null) ? this.version.apply(this.json, this.variables) : null;
			this.etag = (version != null) ? "\"" + version + "\"" : response.getHeader("ETag");
			return true;
		}

	}

}
