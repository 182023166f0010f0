package org.parley.shared.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.shared.PlausibleDate;
import org.parley.support.Endpoints;
import org.parley.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every date a form or the API takes (found in the handler mapping: every date-typed
 * field of what a handler binds, and the period filters typed as text) refuses a year
 * nobody means: 0, -1, 1000, 9999 and 10000. Pages answer with the translated message at
 * the field, the API with a problem detail naming the field; never a server error, and
 * nothing is stored. The first and last day of the range are accepted.
 */
@IntegrationTest
class DateRangeTest {

	/** The far dates, as forms and JSON carry them. */
	static final List<String> FAR = List.of("0000-01-01", "-0001-01-01", "+10000-01-01", "9999-12-31", "1000-01-01");

	/** The same years as months ({@code yyyy-MM}), for a month field. */
	static final List<String> FAR_MONTHS = List.of("0000-01", "-0001-01", "+10000-01", "9999-12", "1000-01");

	private static final String MESSAGE_EN = "Enter a date between 1 January 1900 and 31 December 2100.";

	private static final String MESSAGE_ES = "Escriba una fecha entre el 1 de enero de 1900 y el 31 de diciembre de 2100.";

	/** Text fields that hold a date: the period filters of the lists, a score's month. */
	private static final Set<String> DATES_AS_TEXT = Set.of("from", "to", "month");

	/**
	 * Outside what a team member does with dates: signing in, one's account,
	 * administration.
	 */
	private static final List<String> SKIPPED = List.of("/login", "/logout", "/account", "/admin", "/actuator",
			"/upload-too-large");

	/** Who may use a route, tried in turn: a refusal before binding moves to the next. */
	private static final List<String> PEOPLE = List.of("field.mx", "hq", "auditor");

	/**
	 * Records whose form the page shows only in some states: a check or review still to
	 * record, an agreement in force to score. Columns named after the path's variables.
	 */
	private static final Map<String, String> IN_STATE = Map.of("/agreements/{id}/checks/{checkId}",
			"""
					SELECT k.agreement_id AS "id", k.id AS "checkId" FROM compliance_check k JOIN agreement a ON a.id = k.agreement_id
					WHERE k.team_id = ? AND a.status = 'IN_FORCE' AND k.result IS NULL AND k.due_on <= current_date
					ORDER BY k.due_on DESC LIMIT 1""",
			"/agreements/{id}/reviews/{reviewId}",
			"""
					SELECT r.agreement_id AS "id", r.id AS "reviewId" FROM group_review r JOIN agreement a ON a.id = r.agreement_id
					WHERE r.team_id = ? AND a.status = 'IN_FORCE' AND r.reviewed_on IS NULL AND r.due_on <= current_date
					ORDER BY r.due_on DESC LIMIT 1""",
			"/agreements/{id}/scores",
			"SELECT id AS \"id\" FROM agreement WHERE team_id = ? AND status = 'IN_FORCE' ORDER BY id LIMIT 1");

	/** What a form needs besides the date to be read at all. */
	private static final Map<String, Map<String, String>> WITH = Map.of("/agreements/{id}/scores",
			Map.of("score", "1", "commitment", "any"));

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private Endpoints.Ids ids;

	private final List<String> failures = new ArrayList<>();

	@BeforeEach
	void demoIds() {
		this.ids = new Endpoints.Ids(this.jdbc);
	}

	@Test
	void theRangeIsTheTwoCenturiesAroundNow() {
		assertThat(PlausibleDate.Range.accepts(java.time.LocalDate.of(1900, 1, 1))).isTrue();
		assertThat(PlausibleDate.Range.accepts(java.time.LocalDate.of(2100, 12, 31))).isTrue();
		assertThat(PlausibleDate.Range.accepts(java.time.LocalDate.of(1899, 12, 31))).isFalse();
		assertThat(PlausibleDate.Range.accepts(java.time.LocalDate.of(2101, 1, 1))).isFalse();
		assertThat(PlausibleDate.Range.accepts(null)).isTrue();
		for (String far : FAR) {
			assertThat(PlausibleDate.Range.accepts(java.time.LocalDate.parse(far))).as(far).isFalse();
		}
	}

	@Test
	void everyDateFieldRefusesFarYearsWithItsMessageAndStoresNothing() throws Exception {
		List<DateEndpoint> endpoints = endpoints();
		Set<String> seen = new TreeSet<>();
		endpoints.forEach((e) -> e.fields().forEach((f) -> seen.add(e + " " + f.name())));
		// The date fields this test knows of must all be found: a mapping that changed
		// shape would otherwise drop them silently.
		assertThat(seen).contains("POST /api/v1/exports from", "POST /exports to",
				"POST /api/v1/cases/{caseId}/agreements validFrom",
				"POST /api/v1/cases/{caseId}/agreements commitments[0].dueOn", "POST /incidents occurredOn",
				"POST /api/v1/incidents occurredOn", "POST /api/v1/moe-measurements measuredOn",
				"POST /api/v1/armed-groups presence[0].since", "POST /armed-groups/{id}/relations until",
				"POST /armed-groups/{id}/commitments madeOn", "GET /audit from", "GET /cases/{id}/history to",
				"POST /agreements/{id}/scores month", "POST /agreements/{id}/checks/{checkId} checkedOn",
				"POST /agreements/{id}/reviews/{reviewId} reviewedOn");
		int sent = 0;
		for (DateEndpoint endpoint : endpoints) {
			for (DateField field : endpoint.fields()) {
				for (String far : field.month() ? FAR_MONTHS : FAR) {
					sent++;
					refused(endpoint, field, far);
				}
			}
		}
		System.out.printf("Date range: %d date fields on %d endpoints, %d requests%n", seen.size(), endpoints.size(),
				sent);
		this.failures.forEach(System.out::println);
		assertThat(this.failures).as("far dates answered badly").isEmpty();
	}

	/** The far date is refused, where the person typed it, and nothing is written. */
	private void refused(DateEndpoint endpoint, DateField field, String far) throws Exception {
		String label = endpoint + " " + field.name() + "=" + far;
		long before = auditSeq();
		Answer answer = send(endpoint, field, far);
		MockHttpServletResponse response = answer.response();
		int status = response.getStatus();
		String body = HtmlUtils.htmlUnescape(response.getContentAsString());
		if (status >= 500) {
			this.failures.add(label + " answered " + status);
			return;
		}
		if (auditSeq() != before) {
			this.failures.add(label + " as " + answer.user() + ": something was stored (" + status + ")");
		}
		if (endpoint.api()) {
			if (status != 400 || !String.valueOf(response.getContentType()).contains("application/problem+json")) {
				this.failures.add(label + " as " + answer.user() + ": " + status + " " + response.getContentType());
				return;
			}
			JsonNode problem = this.json.readTree(body);
			boolean named = false;
			for (JsonNode error : problem.path("errors")) {
				named |= error.path("field").asString().equals(field.name())
						&& error.path("message").asString().equals(MESSAGE_EN);
			}
			if (!named) {
				this.failures.add(label + " as " + answer.user() + ": no error at the field: " + body);
			}
		}
		else if (endpoint.method().equals("GET") && !field.filter()) {
			// A value that only fills in a new form: left out rather than shown.
			if (body.contains("value=\"" + far + "\"")) {
				this.failures.add(label + " as " + answer.user() + ": the far date was filled in");
			}
		}
		else if (status != 200 || !body.contains(MESSAGE_ES)) {
			this.failures.add(label + " as " + answer.user() + ": " + status + " without the message");
		}
		else if (!body.contains("is-invalid") && !body.contains("alert-danger")) {
			this.failures.add(label + " as " + answer.user() + ": the message is not at a field");
		}
	}

	/** The request as the first person the route lets in. */
	private Answer send(DateEndpoint endpoint, DateField field, String far) throws Exception {
		Answer answer = null;
		for (String user : PEOPLE) {
			MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(endpoint.method()), path(endpoint, user))
				.with(as(this.users, user))
				.with(csrf());
			endpoint.required().forEach(request::param);
			WITH.getOrDefault(endpoint.pattern(), Map.of()).forEach(request::param);
			if (endpoint.api()) {
				// An update names the version it read; the date is refused before that is
				// compared.
				request.header(HttpHeaders.IF_MATCH, "\"0\"")
					.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
					.accept(MediaType.APPLICATION_JSON)
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(body(field, far)));
			}
			else {
				request.param(field.name(), far).param("lang", "es");
			}
			MvcResult result = this.mvc.perform(request).andReturn();
			String redirect = result.getResponse().getRedirectedUrl();
			if (!endpoint.api() && redirect != null && !result.getFlashMap().isEmpty()) {
				// A form that shows its errors after a redirect: follow it, as the
				// browser.
				result = this.mvc
					.perform(get(redirect.replaceFirst("#.*", "")).flashAttrs(result.getFlashMap())
						.param("lang", "es")
						.with(as(this.users, user)))
					.andReturn();
			}
			answer = new Answer(user, result.getResponse());
			if (answer.response().getStatus() != 403) {
				return answer;
			}
		}
		return answer;
	}

	/** The path with México's records, in the state its form needs. */
	private String path(DateEndpoint endpoint, String user) {
		String sql = IN_STATE.get(endpoint.pattern().replaceFirst("^/api/v1", ""));
		if (sql == null) {
			return this.ids.path(new Endpoints.Endpoint(endpoint.method(), endpoint.pattern()), Endpoints.Team.MEXICO,
					user);
		}
		Map<String, Object> row = this.jdbc.queryForMap(sql, this.ids.team(Endpoints.Team.MEXICO));
		String path = endpoint.pattern();
		for (Map.Entry<String, Object> variable : row.entrySet()) {
			path = path.replace("{" + variable.getKey() + "}", String.valueOf(variable.getValue()));
		}
		return path;
	}

	/** A JSON body with only the date: {@code a[0].b} becomes {@code {"a":[{"b":…}]}}. */
	private static Map<String, Object> body(DateField field, String far) {
		Map<String, Object> body = new LinkedHashMap<>();
		int list = field.name().indexOf("[0].");
		if (list < 0) {
			body.put(field.name(), far);
		}
		else {
			body.put(field.name().substring(0, list), List.of(Map.of(field.name().substring(list + 4), far)));
		}
		return body;
	}

	private long auditSeq() {
		Long seq = this.jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM audit_entry", Long.class);
		return (seq != null) ? seq : 0;
	}

	private List<DateEndpoint> endpoints() {
		List<DateEndpoint> endpoints = new ArrayList<>();
		this.mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (!handler.getBeanType().getPackageName().startsWith("org.parley")
					|| handler.getBeanType().getPackageName().startsWith("org.parley.support")) {
				return;
			}
			List<DateField> fields = dateFields(handler);
			if (fields.isEmpty()) {
				return;
			}
			Map<String, String> required = required(handler);
			for (RequestMethod method : info.getMethodsCondition().getMethods()) {
				for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
					String template = pattern.getPatternString();
					if (SKIPPED.stream().noneMatch(template::startsWith)) {
						endpoints.add(new DateEndpoint(method.name(), template, fields, required));
					}
				}
			}
		});
		endpoints.sort((a, b) -> a.toString().compareTo(b.toString()));
		return endpoints;
	}

	/**
	 * The parameters a handler cannot do without (a version, a group), with a value of
	 * their type: without them the request is refused before the date is read.
	 */
	private static Map<String, String> required(HandlerMethod handler) {
		Map<String, String> required = new LinkedHashMap<>();
		for (Parameter parameter : handler.getMethod().getParameters()) {
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			Class<?> type = org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(parameter.getType());
			if (param == null || !param.required() || !param.defaultValue().equals(ValueConstants.DEFAULT_NONE)
					|| Temporal.class.isAssignableFrom(type)) {
				continue;
			}
			String name = !param.name().isEmpty() ? param.name()
					: !param.value().isEmpty() ? param.value() : parameter.getName();
			String value = Number.class.isAssignableFrom(type) ? "0" : (type == Boolean.class) ? "false"
					: type.isEnum() ? ((Enum<?>) type.getEnumConstants()[0]).name() : "x";
			required.put(name, value);
		}
		return required;
	}

	/** The dates a handler binds: parameters, and components of the records it binds. */
	private static List<DateField> dateFields(HandlerMethod handler) {
		List<DateField> fields = new ArrayList<>();
		for (Parameter parameter : handler.getMethod().getParameters()) {
			Class<?> type = parameter.getType();
			if (parameter.isAnnotationPresent(PathVariable.class)) {
				continue;
			}
			RequestParam param = parameter.getAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name()
						: !param.value().isEmpty() ? param.value() : parameter.getName();
				if (Temporal.class.isAssignableFrom(type)) {
					fields.add(new DateField(name, false, false));
				}
			}
			else if (type.isRecord() && (parameter.isAnnotationPresent(RequestBody.class)
					|| parameter.isAnnotationPresent(ModelAttribute.class) || parameter.getAnnotations().length == 0
					|| parameter.isAnnotationPresent(jakarta.validation.Valid.class))) {
				components(type, "", fields, 0);
			}
		}
		return fields;
	}

	private static void components(Class<?> type, String prefix, List<DateField> fields, int depth) {
		if (depth > 2) {
			return;
		}
		for (RecordComponent component : type.getRecordComponents()) {
			Class<?> kind = component.getType();
			String name = prefix + component.getName();
			if (Temporal.class.isAssignableFrom(kind)) {
				fields.add(new DateField(name, false, false));
			}
			else if (kind == String.class && DATES_AS_TEXT.contains(component.getName())) {
				fields.add(new DateField(name, component.getName().equals("month"), true));
			}
			else if (kind.isRecord()) {
				components(kind, name + ".", fields, depth + 1);
			}
			else if (Collection.class.isAssignableFrom(kind) && element(component.getGenericType()) != null) {
				components(element(component.getGenericType()), name + "[0].", fields, depth + 1);
			}
		}
	}

	/** The record a list holds, if it holds records. */
	private static Class<?> element(Type generic) {
		if (generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
			return element;
		}
		return null;
	}

	/**
	 * A date a handler binds.
	 *
	 * @param month typed as {@code yyyy-MM}
	 * @param filter typed as text in a list's filter (or a month): refused at its field
	 */
	record DateField(String name, boolean month, boolean filter) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	record DateEndpoint(String method, String pattern, List<DateField> fields, Map<String, String> required) {

		boolean api() {
			return this.pattern.startsWith("/api/");
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	record Answer(String user, MockHttpServletResponse response) {

	}

}
