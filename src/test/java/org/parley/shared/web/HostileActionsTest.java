package org.parley.shared.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.protection.EmergencyDestruction;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.SealedColumn;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.BoundFields.Field;
import org.parley.support.Endpoints;
import org.parley.support.Endpoints.Endpoint;
import org.parley.support.Endpoints.Team;
import org.parley.support.IntegrationTest;
import org.parley.support.TestDatabase;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestHeader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The API's actions that carry the version just read in If-Match (a transition, a
 * decision asked for or taken, a review, a status, a closure decision, the end of a
 * disclosure request...) are fed the {@link HostileCorpus} one field at a time with a
 * current If-Match, so that the body is read and reaches the rules rather than stopping
 * at 428. An action is sent as México's field officer, or as the HQ reviewer when it is
 * theirs. A hostile value that is also a plausible one (markup is text) performs the
 * action, so the test runs on a database of its own. Refusals are problem details naming
 * the field and store nothing; an action whose version the test cannot read fails it.
 */
@IntegrationTest
class HostileActionsTest extends FieldOfficerRequests {

	@Autowired
	FieldSealer sealer;

	@Autowired
	EmergencyDestruction destruction;

	/** What {@link HostileInputTest} leaves to a database of its own. */
	private static final List<String> OWN_DATABASE = List.of("/account", "/admin", "/exports", "/api/v1/exports");

	@DynamicPropertySource
	static void databaseOfItsOwn(DynamicPropertyRegistry registry) {
		String url = TestDatabase.createDatabase();
		registry.add("spring.datasource.url", () -> url);
	}

	@Test
	void everyVersionedActionOfTheApiSurvivesTheCorpusFieldByField() throws Exception {
		long started = System.nanoTime();
		List<Endpoint> all = Endpoints.all(this.mappings);
		List<Endpoint> actions = all.stream()
			.filter((e) -> e.api() && e.method().equals("POST") && versioned(e))
			.toList();
		Endpoints.Ids ids = new Endpoints.Ids(this.jdbc);
		RequestPostProcessor hq = as(this.users, "hq");
		int fields = 0;
		for (Endpoint action : actions) {
			String path = ids.path(action, Team.MEXICO, "field.mx");
			String read = readPath(action, all, path);
			if (read == null) {
				this.answers.fail(action + " has no GET above it that gives its version");
				continue;
			}
			BoundFields bound = BoundFields.of(action.handler());
			fields += bound.fields().size();
			RequestPostProcessor user = this.fieldMx;
			MvcResult plausible = this.answers.check(action, "plausible values",
					send(path, user, etag(read), json(bound, Map.of())));
			if (plausible != null && plausible.getResponse().getStatus() == 403) {
				user = hq;
			}
			for (Field field : bound.of(BoundFields.Location.BODY)) {
				List<JsonNode> values = new ArrayList<>();
				field.corpus().forEach((value) -> values.add(field.json(value)));
				for (String wrong : HostileCorpus.WRONG_TYPE) {
					values.add(this.json.readTree(wrong));
				}
				for (JsonNode value : values) {
					String what = field.name() + "=" + HostileAnswers.abbreviate(value.toString());
					MvcResult result = this.answers.check(action, what,
							send(path, user, etag(read), json(bound, Map.of(field, value))));
					judge(action, field, what, result);
				}
			}
			if (bound.body()) {
				for (String malformed : HostileCorpus.MALFORMED_JSON) {
					expect(action, "JSON " + malformed, 400, send(path, user, etag(read), malformed));
				}
			}
			expect(action, "no If-Match", 428, send(path, user, null, json(bound, Map.of())));
		}
		System.out.printf("Hostile actions: %d endpoints, %d fields, %s, in %d s%n", actions.size(), fields,
				this.answers.report(), (System.nanoTime() - started) / 1_000_000_000L);
		assertThat(actions).as("versioned API actions found").hasSizeGreaterThan(10);
		assertThat(this.answers.failures()).as("hostile actions answered badly").isEmpty();
	}

	/**
	 * The forms of administration, of one's account and of exports, which the shared
	 * database cannot lend to the corpus (a plausible value creates an account, changes a
	 * password or starts an export): each value of a field's kind, rotated over the
	 * fields of that kind, the others plausible, sent as the first of México's field
	 * officer, the administrator, the auditor and the HQ reviewer who may send it.
	 */
	@Test
	void administrationAccountAndExportFormsSurviveTheCorpus() throws Exception {
		long started = System.nanoTime();
		Endpoints.Ids ids = new Endpoints.Ids(this.jdbc);
		List<RequestPostProcessor> users = List.of(this.fieldMx, as(this.users, "admin"), as(this.users, "auditor"),
				as(this.users, "hq"));
		int endpoints = 0;
		Set<Endpoint> reached = new HashSet<>();
		aGrantWaitingForASecondAdministrator();
		aDestructionWaitingForASecondAdministrator();
		for (Endpoint endpoint : Endpoints.all(this.mappings)) {
			String pattern = endpoint.pattern();
			BoundFields bound = BoundFields.of(endpoint.handler());
			if (OWN_DATABASE.stream().noneMatch(pattern::startsWith) || pattern.contains("**")
					|| endpoint.method().equals("DELETE") || bound.fields().isEmpty()) {
				continue;
			}
			endpoints++;
			String path = administered(ids.path(endpoint, Team.MEXICO, "field.mx"), pattern);
			RequestPostProcessor user = users.stream()
				.filter((u) -> allowed(endpoint, path, bound, u))
				.findFirst()
				.orElse(this.fieldMx);
			MvcResult plausible = this.answers.check(endpoint, "plausible values",
					form(endpoint, path, bound, user, Map.of()));
			if (plausible != null && plausible.getResponse().getStatus() != 404) {
				reached.add(endpoint);
			}
			for (BoundFields.Kind kind : bound.kinds()) {
				List<Field> ofKind = bound.fields().stream().filter((f) -> f.kind() == kind).toList();
				List<String> corpus = ofKind.get(0).corpus();
				for (int round = 0; round < Math.max(corpus.size(), ofKind.size()); round++) {
					Map<Field, String> hostile = new LinkedHashMap<>();
					for (int j = 0; j < ofKind.size(); j++) {
						hostile.put(ofKind.get(j), corpus.get((round + j) % corpus.size()));
					}
					StringBuilder what = new StringBuilder();
					hostile.forEach((field, value) -> what.append(field.name())
						.append('=')
						.append(HostileAnswers.abbreviate(value))
						.append(' '));
					MvcResult result = this.answers.check(endpoint, what.toString().trim(),
							form(endpoint, path, bound, user, hostile));
					if (result != null && result.getResponse().getStatus() != 404) {
						reached.add(endpoint);
					}
				}
			}
		}
		assertThat(reached).as("endpoints whose record is found by some request").hasSize(endpoints);
		System.out.printf("Hostile administration, account and export forms: %d endpoints, %s, in %d s%n", endpoints,
				this.answers.report(), (System.nanoTime() - started) / 1_000_000_000L);
		assertThat(endpoints).as("administration, account and export endpoints found").isGreaterThan(10);
		assertThat(this.answers.failures()).as("hostile requests answered badly").isEmpty();
	}

	/** An account created with the HQ-reviewer role, which waits for admin2. */
	private void aGrantWaitingForASecondAdministrator() throws Exception {
		long team = new Endpoints.Ids(this.jdbc).team(Team.MEXICO);
		this.mvc.perform(post("/admin/users").with(as(this.users, "admin"))
			.with(csrf())
			.param("username", "grant.waiting")
			.param("displayName", "Grant Waiting")
			.param("roles", "HQ_REVIEWER")
			.param("teamIds", Long.toString(team))
			.param("reason", "a grant for the corpus"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM access_grant WHERE status = 'PENDING'", Long.class))
			.isPositive();
	}

	/**
	 * An emergency destruction of México's strictly confidential key, started by admin2,
	 * for the administrator to be refused confirming with every typed name (none is the
	 * team's). The key is made by sealing a value; this database is the test's own.
	 */
	private void aDestructionWaitingForASecondAdministrator() {
		long team = new Endpoints.Ids(this.jdbc).team(Team.MEXICO);
		this.sealer.seal(team, KeyPurpose.TEAM_STRICT, SealedColumn.of("interlocutor", "real_name"), "corpus");
		this.destruction.start(team, "a destruction for the corpus",
				(CurrentUser) this.users.loadUserByUsername("admin2"));
	}

	/**
	 * Administration's records (the path's ids are team records elsewhere): El Salvador's
	 * field officer's account, the latest grant, the first reference value.
	 */
	private String administered(String path, String pattern) {
		String sql = pattern.startsWith("/admin/users/grants/") ? "SELECT max(id) FROM access_grant"
				: pattern.startsWith("/admin/keys/destruction/{id}") ? "SELECT max(id) FROM key_destruction"
						: pattern.startsWith("/admin/users/{id}")
								? "SELECT id FROM app_user WHERE username = 'field.sv'"
								: pattern.startsWith("/admin/reference-lists/{id}")
										? "SELECT min(id) FROM reference_value" : null;
		Long id = (sql != null) ? this.jdbc.queryForObject(sql, Long.class) : null;
		return (id != null) ? path.replaceFirst("/[0-9]+(/|$)", "/" + id + "$1") : path;
	}

	/**
	 * Whether the user may send the request (plausible values are not refused with 403).
	 */
	private boolean allowed(Endpoint endpoint, String path, BoundFields bound, RequestPostProcessor user) {
		try {
			return this.mvc.perform(form(endpoint, path, bound, user, Map.of()))
				.andReturn()
				.getResponse()
				.getStatus() != 403;
		}
		catch (Exception ex) {
			return true;
		}
	}

	private MockHttpServletRequestBuilder form(Endpoint endpoint, String path, BoundFields bound,
			RequestPostProcessor user, Map<Field, String> hostile) {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), path).with(user)
			.with(csrf());
		if (bound.body()) {
			Map<Field, JsonNode> values = new LinkedHashMap<>();
			hostile.forEach((field, value) -> values.put(field, field.json(value)));
			request.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(bound.json(null, values)));
		}
		for (Field field : bound.of(BoundFields.Location.PARAM)) {
			request.param(field.name(), hostile.getOrDefault(field, field.baseline()));
		}
		return request;
	}

	/**
	 * A refusal for the field's value names it; a version refused means the test read the
	 * wrong one.
	 */
	private void judge(Endpoint action, Field field, String what, MvcResult result) throws Exception {
		if (result == null) {
			return;
		}
		MockHttpServletResponse response = result.getResponse();
		if (response.getStatus() == 409) {
			this.answers.fail(action + " " + what + " answered 409: the version read is not the action's");
		}
		if (response.getStatus() == 400 && !names(response.getContentAsString(), field.name())) {
			this.answers
				.fail(action + " " + what + " answered 400 without naming the field: " + response.getContentAsString());
		}
	}

	private void expect(Endpoint action, String what, int status, MockHttpServletRequestBuilder request)
			throws Exception {
		MvcResult result = this.answers.check(action, what, request);
		if (result != null && result.getResponse().getStatus() != status) {
			this.answers
				.fail(action + " " + what + " answered " + result.getResponse().getStatus() + ", not " + status);
		}
	}

	private MockHttpServletRequestBuilder send(String path, RequestPostProcessor user, String etag, String body) {
		MockHttpServletRequestBuilder request = post(path).with(user)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON)
			.content(body);
		if (etag != null) {
			request.header("If-Match", etag);
		}
		return request;
	}

	private String json(BoundFields bound, Map<Field, JsonNode> hostile) {
		return this.json.writeValueAsString(bound.json(null, hostile));
	}

	/**
	 * The version as read just now (each action taken moves it on): the ETag, or for an
	 * agreement's version ({@code /agreements/1#versions/7}) that version's own.
	 */
	private String etag(String read) throws Exception {
		String[] parts = read.split("#versions/");
		MockHttpServletResponse response = this.mvc
			.perform(get(parts[0]).with(this.fieldMx).accept(MediaType.APPLICATION_JSON))
			.andReturn()
			.getResponse();
		if (parts.length == 1 || response.getStatus() != 200) {
			return response.getHeader("ETag");
		}
		for (JsonNode version : this.json.readTree(response.getContentAsString()).path("versions")) {
			if (version.path("id").asString().equals(parts[1])) {
				return "\"" + version.path("version").asString() + "\"";
			}
		}
		return null;
	}

	/**
	 * The nearest GET above the action that answers with an ETag: the record the action
	 * changes ({@code /cases/1} for {@code /cases/1/transitions}); an agreement's version
	 * is read in its agreement.
	 */
	private String readPath(Endpoint action, List<Endpoint> all, String path) throws Exception {
		if (action.pattern().startsWith("/api/v1/agreements/{id}/versions/{versionId}/")) {
			String[] parts = path.split("/");
			return "/api/v1/agreements/" + parts[4] + "#versions/" + parts[6];
		}
		List<String> patternParts = Arrays.asList(action.pattern().split("/"));
		List<String> pathParts = Arrays.asList(path.split("/"));
		for (int n = patternParts.size(); n > 3; n--) {
			String pattern = String.join("/", patternParts.subList(0, n));
			String candidate = String.join("/", pathParts.subList(0, n));
			if (all.stream().anyMatch((e) -> e.method().equals("GET") && e.pattern().equals(pattern))
					&& etag(candidate) != null) {
				return candidate;
			}
		}
		return null;
	}

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

	private static boolean versioned(Endpoint endpoint) {
		return Arrays.stream(endpoint.handler().getMethodParameters())
			.map((p) -> p.getParameterAnnotation(RequestHeader.class))
			.anyMatch((h) -> h != null
					&& ("If-Match".equalsIgnoreCase(h.value()) || "If-Match".equalsIgnoreCase(h.name())));
	}

}
