package org.parley.shared.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.parley.identity.TestTokens;
import org.parley.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every form and API endpoint Parley maps (found in the handler mapping, so a new one is
 * covered without being listed) is fed the {@link HostileCorpus} in each field it binds,
 * as México's field officer on México's records, and answers without a server error,
 * without a page cut off, with a translated message or a problem detail when it refuses,
 * and without storing what it refused.
 */
@IntegrationTest
class HostileInputTest {

	/**
	 * Outside this slice: sign-in, one's account and sessions, administration, exports.
	 */
	private static final List<String> SKIPPED = List.of("/login", "/logout", "/account", "/admin", "/exports",
			"/api/v1/exports", "/actuator", "/upload-too-large");

	private static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH);

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@Autowired
	JsonMapper json;

	@LocalServerPort
	int port;

	private JdbcTemplate jdbc;

	private RequestPostProcessor fieldMx;

	private final Map<Integer, Integer> byStatus = new TreeMap<>();

	private final List<String> failures = new ArrayList<>();

	private int sent;

	@Test
	void everyEndpointSurvivesTheCorpus() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.fieldMx = as(this.users, "field.mx");
		long started = System.nanoTime();
		List<Endpoint> endpoints = endpoints();
		assertThat(endpoints).as("endpoints found").hasSizeGreaterThan(60);
		for (Endpoint endpoint : endpoints) {
			// An API update needs the ETag it read (428 without): its fields are for the
			// tests of each resource; here it gets the malformed bodies.
			boolean update = endpoint.api() && !endpoint.method().equals("POST") && !endpoint.method().equals("GET");
			for (Kind kind : update ? List.<Kind>of() : endpoint.kinds()) {
				// Each value of the kind's corpus once, rotated over the fields of that
				// kind, the other fields plausible: every field meets every value of its
				// kind over the rounds when it has as many values as fields.
				List<Field> ofKind = endpoint.fields().stream().filter((f) -> f.kind() == kind).toList();
				List<String> corpus = ofKind.get(0).corpus();
				for (int round = 0; round < Math.max(corpus.size(), ofKind.size()); round++) {
					Map<Field, String> hostile = new LinkedHashMap<>();
					for (int j = 0; j < ofKind.size(); j++) {
						hostile.put(ofKind.get(j), corpus.get((round + j) % corpus.size()));
					}
					send(endpoint, hostile);
				}
			}
			extras(endpoint);
		}
		System.out.printf("Hostile input: %d endpoints, corpus of %d values, %d requests in %d s, by status %s%n",
				endpoints.size(), HostileCorpus.size(), this.sent, (System.nanoTime() - started) / 1_000_000_000L,
				this.byStatus);
		this.failures.forEach(System.out::println);
		assertThat(this.failures).as("hostile requests answered badly").isEmpty();
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
		for (String[] call : new String[][] { { "GET", "/api/v1/no-such-thing", "404" },
				{ "DELETE", "/api/v1/cases", "405" } }) {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base() + call[1]))
				.method(call[0], HttpRequest.BodyPublishers.noBody())
				.header("Authorization", "Bearer " + token)
				.header("Accept", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(call[1]).isEqualTo(Integer.parseInt(call[2]));
			assertThat(response.headers().firstValue("Content-Type").orElse("")).as(call[1])
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
		this.jdbc = new JdbcTemplate(this.dataSource);
		Long otherCheck = this.jdbc.queryForObject("SELECT max(id) FROM compliance_check", Long.class);
		for (String path : List.of("/incidents/new", "/incidents/new?checkId=" + otherCheck,
				"/incidents/new?checkId=abc", "/incidents/new?checkId=-1&agreementId=999999")) {
			MockHttpServletResponse response = this.mvc.perform(get(path).with(as(this.users, "field.mx")))
				.andReturn()
				.getResponse();
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
		for (Endpoint endpoint : endpoints()) {
			if (!endpoint.method().equals("POST")) {
				continue;
			}
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + endpoint.path()))
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

	private void send(Endpoint endpoint, Map<Field, String> hostile) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), endpoint.path())
			.with(this.fieldMx)
			.with(csrf());
		if (endpoint.body() != null) {
			Map<String, Object> body = new LinkedHashMap<>();
			for (Field other : endpoint.fields()) {
				if (other.location() == Location.BODY) {
					put(body, other.name(), other.json(hostile.getOrDefault(other, other.baseline())));
				}
			}
			request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
		}
		for (Field other : endpoint.fields()) {
			if (other.location() == Location.PARAM) {
				request.param(other.name(), hostile.getOrDefault(other, other.baseline()));
			}
		}
		StringBuilder what = new StringBuilder();
		hostile.forEach((field, value) -> what.append(field.name()).append('=').append(abbreviate(value)).append(' '));
		check(endpoint, what.toString().trim(), request);
	}

	private void extras(Endpoint endpoint) throws Exception {
		if (endpoint.method().equals("GET")) {
			return;
		}
		// no CSRF token, with a session
		check(endpoint, "no CSRF token",
				request(HttpMethod.valueOf(endpoint.method()), endpoint.path()).with(this.fieldMx));
		if (endpoint.api()) {
			for (String body : HostileCorpus.MALFORMED_JSON) {
				check(endpoint, "JSON " + body,
						request(HttpMethod.valueOf(endpoint.method()), endpoint.path()).with(this.fieldMx)
							.with(csrf())
							.contentType(MediaType.APPLICATION_JSON)
							.content(body));
			}
			check(endpoint, "text/plain body",
					request(HttpMethod.valueOf(endpoint.method()), endpoint.path()).with(this.fieldMx)
						.with(csrf())
						.contentType(MediaType.TEXT_PLAIN)
						.content("hello"));
		}
	}

	private void check(Endpoint endpoint, String what, MockHttpServletRequestBuilder request) throws Exception {
		long before = auditSeq();
		MvcResult result;
		try {
			result = this.mvc.perform(request).andReturn();
		}
		catch (Exception ex) {
			// What the container would answer 500 to
			this.sent++;
			this.byStatus.merge(500, 1, Integer::sum);
			this.failures.add(endpoint + " " + what + " failed: " + rootCause(ex));
			return;
		}
		MockHttpServletResponse response = result.getResponse();
		int status = response.getStatus();
		this.sent++;
		this.byStatus.merge(status, 1, Integer::sum);
		String label = endpoint + " " + what + " answered " + status;
		if (status >= 500) {
			this.failures.add(label);
			return;
		}
		String type = (response.getContentType() != null) ? response.getContentType() : "";
		String body = response.getContentAsString();
		if (status == 200 && type.contains("text/html") && body.contains("<html")
				&& !body.stripTrailing().endsWith("</html>")) {
			this.failures.add(label + ": the page is cut off");
		}
		if (!endpoint.api() && !endpoint.method().equals("GET") && status == 200 && type.contains("text/html")
				&& !(body.contains("invalid-feedback") || body.contains("is-invalid")
						|| body.contains("alert-danger"))) {
			this.failures.add(label + ": the form is shown again without a message");
		}
		if (body.contains("typeMismatch") || body.contains("??")) {
			this.failures.add(label + ": an untranslated message");
		}
		if (status >= 400) {
			if (auditSeq() != before) {
				this.failures.add(label + ": something was stored");
			}
			if (endpoint.api()) {
				if (!type.contains("application/problem+json")) {
					this.failures.add(label + ": not a problem detail (" + type + ")");
				}
			}
			else {
				String page = body.isEmpty() ? errorPage(result) : body;
				if (!page.contains("<h1") || page.contains("??")) {
					this.failures.add(label + ": no translated page");
				}
			}
		}
	}

	/** What the container's error dispatch shows for a status sent with sendError. */
	private String errorPage(MvcResult result) throws Exception {
		MockHttpServletRequestBuilder error = get("/error").with(this.fieldMx)
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, result.getResponse().getStatus())
			.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, result.getRequest().getRequestURI())
			.accept(MediaType.TEXT_HTML);
		Object refusal = result.getRequest().getAttribute(InputGuardFilter.REFUSAL);
		if (refusal != null) {
			error.requestAttr(InputGuardFilter.REFUSAL, refusal);
		}
		return this.mvc.perform(error).andReturn().getResponse().getContentAsString();
	}

	private static String rootCause(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = String.valueOf(cause.getMessage());
		return cause.getClass().getSimpleName() + ": " + message.substring(0, Math.min(200, message.length()));
	}

	private long auditSeq() {
		Long seq = this.jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM audit_entry", Long.class);
		return (seq != null) ? seq : 0;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.parley")) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (RequestMethod method : methods) {
				for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
					String template = pattern.getPatternString();
					if (SKIPPED.stream().anyMatch(template::startsWith) || template.contains("**")) {
						continue;
					}
					List<Field> fields = new ArrayList<>();
					Class<?> body = fields(handler, fields);
					boolean write = WRITES.contains(method);
					if (!write && (method != RequestMethod.GET || fields.isEmpty())) {
						continue;
					}
					endpoints.add(new Endpoint(method.name(), template, fill(template), fields, body));
				}
			}
		});
		endpoints.sort((a, b) -> a.toString().compareTo(b.toString()));
		return endpoints;
	}

	/** The fields the handler binds; the type of its JSON body, if any. */
	private static Class<?> fields(HandlerMethod handler, List<Field> fields) {
		Class<?> body = null;
		for (Parameter parameter : handler.getMethod().getParameters()) {
			Class<?> type = parameter.getType();
			if (parameter.isAnnotationPresent(PathVariable.class) || MultipartFile.class.isAssignableFrom(type)
					|| parameter.getAnnotations().length > 0 && !parameter.isAnnotationPresent(RequestParam.class)
							&& !parameter.isAnnotationPresent(ModelAttribute.class)
							&& !parameter.isAnnotationPresent(RequestBody.class)
							&& !parameter.isAnnotationPresent(jakarta.validation.Valid.class)) {
				continue;
			}
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name()
						: !param.value().isEmpty() ? param.value() : parameter.getName();
				Kind kind = Kind.of(type, parameter.getParameterizedType());
				if (kind != null) {
					fields.add(new Field(name, kind, Location.PARAM, type));
				}
			}
			else if (parameter.isAnnotationPresent(RequestBody.class)) {
				body = type;
				components(type, "", fields, Location.BODY, 0);
			}
			else if (type.isRecord()) {
				components(type, "", fields, Location.PARAM, 0);
			}
		}
		return body;
	}

	private static void components(Class<?> type, String prefix, List<Field> fields, Location location, int depth) {
		if (!type.isRecord() || depth > 2) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			Kind kind = Kind.of(component.getType(), component.getGenericType());
			if (kind != null) {
				fields.add(new Field(prefix + component.getName(), kind, location, component.getType()));
			}
			else if (component.getType().isRecord()) {
				components(component.getType(), prefix + component.getName() + ".", fields, location, depth + 1);
			}
		}
	}

	/** The path with its variables filled from México's demo records. */
	private String fill(String template) {
		Matcher matcher = VARIABLE.matcher(template);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path, Matcher.quoteReplacement(value(template, matcher.group(1))));
		}
		matcher.appendTail(path);
		return path.toString();
	}

	private String value(String template, String variable) {
		String mexico = "(SELECT id FROM team WHERE name = 'México')";
		String mexicanCases = "(SELECT id FROM negotiation_case WHERE team_id = " + mexico + ")";
		String sql = switch (variable) {
			case "caseId" -> "SELECT min(id) FROM negotiation_case WHERE team_id = " + mexico;
			case "moeId" -> "SELECT min(id) FROM case_moe WHERE case_id = " + caseOf();
			case "measurementId" -> "SELECT min(id) FROM moe_measurement";
			case "roundId" -> "SELECT min(id) FROM negotiation_round WHERE case_id = " + caseOf();
			case "decisionId" -> "SELECT min(id) FROM engagement_decision WHERE case_id = " + caseOf();
			case "assessmentId" -> "SELECT min(id) FROM case_group_assessment WHERE case_id = " + caseOf();
			case "versionId" -> "SELECT min(v.id) FROM agreement_version v JOIN agreement a ON a.id = v.agreement_id"
					+ " WHERE a.case_id IN " + mexicanCases;
			case "checkId" -> "SELECT min(id) FROM compliance_check";
			case "reviewId" -> "SELECT min(id) FROM group_review";
			case "id" -> idSql(template, mexico, mexicanCases);
			default -> null;
		};
		if (sql == null) {
			return "x";
		}
		try {
			Long id = this.jdbc.queryForObject(sql, Long.class);
			return (id != null) ? id.toString() : "1";
		}
		catch (RuntimeException ex) {
			return "1";
		}
	}

	private String caseOf() {
		return "(SELECT min(id) FROM negotiation_case WHERE team_id = (SELECT id FROM team WHERE name = 'México'))";
	}

	private static String idSql(String template, String mexico, String mexicanCases) {
		String path = template.replaceFirst("^/api/v1", "");
		if (path.startsWith("/cases")) {
			return "SELECT min(id) FROM negotiation_case WHERE team_id = " + mexico;
		}
		if (path.startsWith("/agreements")) {
			return "SELECT min(id) FROM agreement WHERE case_id IN " + mexicanCases;
		}
		if (path.startsWith("/incidents")) {
			return "SELECT min(id) FROM security_incident WHERE team_id = " + mexico;
		}
		if (path.startsWith("/armed-groups") || path.startsWith("/groups")) {
			return "SELECT min(id) FROM armed_group";
		}
		if (path.startsWith("/interlocutors")) {
			return "SELECT min(id) FROM interlocutor";
		}
		if (path.startsWith("/notifications")) {
			return "SELECT min(id) FROM notification";
		}
		if (path.startsWith("/checks")) {
			return "SELECT min(id) FROM compliance_check";
		}
		if (path.startsWith("/moe-measurements")) {
			return "SELECT min(id) FROM moe_measurement";
		}
		return "SELECT min(id) FROM negotiation_case WHERE team_id = " + mexico;
	}

	@SuppressWarnings("unchecked")
	private static void put(Map<String, Object> body, String name, Object value) {
		int dot = name.indexOf('.');
		if (dot < 0) {
			body.put(name, value);
			return;
		}
		Map<String, Object> nested = (Map<String, Object>) body.computeIfAbsent(name.substring(0, dot),
				(key) -> new LinkedHashMap<String, Object>());
		put(nested, name.substring(dot + 1), value);
	}

	private static String abbreviate(String value) {
		String shown = value.replace("\u0000", "\\0");
		return (shown.length() > 40) ? shown.substring(0, 40) + "…(" + shown.length() + ")" : shown;
	}

	enum Location {

		PARAM, BODY

	}

	enum Kind {

		TEXT, NUMBER, DATE, CHOICE, BOOLEAN;

		static Kind of(Class<?> type, Type generic) {
			if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
					&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
				Kind kind = of(element, element);
				return (kind == TEXT || kind == CHOICE) ? kind : null;
			}
			Class<?> boxed = ClassUtils.resolvePrimitiveIfNecessary(type);
			if (boxed == String.class) {
				return TEXT;
			}
			if (Number.class.isAssignableFrom(boxed)) {
				return NUMBER;
			}
			if (Temporal.class.isAssignableFrom(boxed)) {
				return DATE;
			}
			if (boxed.isEnum()) {
				return CHOICE;
			}
			if (boxed == Boolean.class) {
				return BOOLEAN;
			}
			return null;
		}

	}

	record Field(String name, Kind kind, Location location, Class<?> type) {

		List<String> corpus() {
			return switch (this.kind) {
				case TEXT -> HostileCorpus.TEXT;
				case NUMBER -> HostileCorpus.NUMBER;
				case DATE -> HostileCorpus.DATE;
				case CHOICE -> HostileCorpus.CHOICE;
				case BOOLEAN -> HostileCorpus.BOOLEAN;
			};
		}

		String baseline() {
			return switch (this.kind) {
				case TEXT -> "Prueba";
				case NUMBER -> "1";
				case DATE -> "2025-01-15";
				case CHOICE -> (this.type.isEnum()) ? ((Enum<?>) this.type.getEnumConstants()[0]).name() : "x";
				case BOOLEAN -> "true";
			};
		}

		/**
		 * The value as the JSON body carries it: numbers and booleans bare when they are.
		 */
		Object json(String value) {
			if (this.kind == Kind.NUMBER && value.matches("-?[0-9.eE+]+")) {
				return new java.math.BigDecimal(value);
			}
			if (this.kind == Kind.BOOLEAN && (value.equals("true") || value.equals("false"))) {
				return Boolean.valueOf(value);
			}
			return value;
		}

	}

	record Endpoint(String method, String pattern, String path, List<Field> fields, Class<?> body) {

		List<Kind> kinds() {
			return this.fields.stream().map(Field::kind).distinct().toList();
		}

		boolean api() {
			return this.pattern.startsWith("/api/");
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

}
