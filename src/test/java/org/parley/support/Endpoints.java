package org.parley.support;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Every page and API endpoint Parley maps, read from Spring's own handler mapping (so a
 * new one is found without being listed), and real ids of the demo data to fill their
 * path variables: a record of a given team, chosen per path prefix and variable name.
 */
public final class Endpoints {

	private static final Set<RequestMethod> READS = Set.of(RequestMethod.GET, RequestMethod.HEAD);

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

	/** The demo team a record of the matrix belongs to. */
	public enum Team {

		MEXICO("México – Guerrero"), EL_SALVADOR("El Salvador");

		private final String name;

		Team(String name) {
			this.name = name;
		}

		public String displayName() {
			return this.name;
		}

	}

	private Endpoints() {
	}

	/** Every endpoint of Parley's controllers, reads first, then writes. */
	public static List<Endpoint> all(RequestMappingHandlerMapping mappings) {
		List<Endpoint> endpoints = new ArrayList<>();
		mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			// Parley's own controllers, not the tests' (org.parley.support).
			String module = handler.getBeanType().getPackageName();
			if (!module.startsWith("org.parley") || module.startsWith("org.parley.support")) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
				for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
					endpoints.add(new Endpoint(method.name(), pattern.getPatternString(), handler));
				}
			}
		});
		// Reads first, then writes, and what deletes last: a delete allowed to the
		// administrator removes the probe record the other writes use.
		endpoints.sort(Comparator.comparing((Endpoint e) -> !READS.contains(RequestMethod.valueOf(e.method())))
			.thenComparing((Endpoint e) -> e.method().equals("DELETE") || e.pattern().endsWith("/delete"))
			.thenComparing(Endpoint::pattern)
			.thenComparing(Endpoint::method));
		return endpoints;
	}

	/**
	 * A request to the endpoint with a body that would never validate: an empty form with
	 * a stray field, or JSON cut off mid-way. Only a decision taken before binding can
	 * answer it with 403 or 404.
	 */
	public static MockHttpServletRequestBuilder garbage(Endpoint endpoint, String path) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()),
				path);
		if (endpoint.write()) {
			if (endpoint.api()) {
				request.contentType(MediaType.APPLICATION_JSON).content("{\"garbage\": ");
			}
			else {
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content("garbage=%3Cb%3E");
			}
		}
		if (endpoint.api()) {
			request.accept(MediaType.APPLICATION_JSON);
		}
		return request;
	}

	/**
	 * An endpoint: an HTTP method and a path pattern.
	 *
	 * @param method the HTTP method
	 * @param pattern the path pattern, as mapped
	 * @param handler the controller method that answers it
	 */
	public record Endpoint(String method, String pattern, HandlerMethod handler) {

		/** An endpoint named only, for paths filled by {@link Ids}. */
		public Endpoint(String method, String pattern) {
			this(method, pattern, null);
		}

		public boolean api() {
			return this.pattern.startsWith("/api/");
		}

		public boolean write() {
			return !READS.contains(RequestMethod.valueOf(this.method));
		}

		/** Whether a path variable names a record that belongs to a team. */
		public boolean teamRecord() {
			return VARIABLE.matcher(this.pattern).find() && !this.pattern.startsWith("/admin/")
					&& !this.pattern.contains("armed-groups/") && !this.pattern.startsWith("/dossiers/")
					// A session is named by a random handle and ended only among the
					// user's own.
					&& !this.pattern.startsWith("/account/sessions/");
		}

		public boolean hasVariables() {
			return VARIABLE.matcher(this.pattern).find();
		}

		/**
		 * The path with every variable set to 1: for answers decided before the record is
		 * read.
		 */
		public String anyPath() {
			return VARIABLE.matcher(this.pattern).replaceAll("1").replace("**", "x");
		}

		/** Whether the controller method or its class carries the annotation. */
		public boolean annotated(Class<? extends Annotation> annotation) {
			return AnnotatedElementUtils.hasAnnotation(this.handler.getMethod(), annotation)
					|| AnnotatedElementUtils.hasAnnotation(this.handler.getBeanType(), annotation);
		}

		@Override
		public String toString() {
			return this.method + " " + this.pattern;
		}

	}

	/** Real ids of the demo data, per team and path variable. */
	public static final class Ids {

		private final NamedParameterJdbcTemplate jdbc;

		private final Map<String, Map<String, String>> cache = new LinkedHashMap<>();

		public Ids(JdbcTemplate jdbc) {
			this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		}

		public long team(Team team) {
			return this.jdbc.queryForObject("SELECT id FROM team WHERE name = :name",
					Map.of("name", team.displayName()), Long.class);
		}

		/**
		 * The path of an endpoint with its variables filled with a record of the team, as
		 * seen by the acting user (notifications, tokens and exports are a person's own).
		 */
		public String path(Endpoint endpoint, Team team, String username) {
			return path(endpoint, team, username, team == Team.MEXICO);
		}

		/**
		 * The path of an endpoint with its variables filled with a record of the team;
		 * with {@code own}, a notification or token is the user's own, otherwise someone
		 * else's.
		 */
		public String path(Endpoint endpoint, Team team, String username, boolean own) {
			return fill(endpoint, values(endpoint.pattern(), team, username, own));
		}

		/**
		 * The path with its first variable from one team's record and the others from the
		 * other team's (a case of one's own team, a measure of another's): null when the
		 * path has a single variable.
		 */
		public String mixedPath(Endpoint endpoint, Team parent, Team child, String username) {
			Map<String, String> values = new LinkedHashMap<>(values(endpoint.pattern(), child, username, true));
			Matcher first = VARIABLE.matcher(endpoint.pattern());
			if (!first.find() || !first.find() || !first.group(1).endsWith("Id")) {
				// One id only, or a step's name below it: nothing to mix.
				return null;
			}
			first.reset();
			first.find();
			values.put(first.group(1), values(endpoint.pattern(), parent, username, true).get(first.group(1)));
			return fill(endpoint, values);
		}

		private static String fill(Endpoint endpoint, Map<String, String> values) {
			Matcher matcher = VARIABLE.matcher(endpoint.pattern());
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				String value = values.get(matcher.group(1));
				if (value == null) {
					throw new IllegalStateException(
							"No demo id for {" + matcher.group(1) + "} in " + endpoint + ": add it to Endpoints.Ids");
				}
				matcher.appendReplacement(path, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		private Map<String, String> values(String pattern, Team team, String username, boolean own) {
			String key = pattern + "|" + team + "|" + username + "|" + own;
			return this.cache.computeIfAbsent(key, (k) -> resolve(pattern, team, username, own));
		}

		private Map<String, String> resolve(String pattern, Team team, String username, boolean own) {
			long teamId = team(team);
			String sql = sql(pattern);
			Map<String, String> values = new LinkedHashMap<>();
			if (sql != null) {
				List<Map<String, Object>> rows = this.jdbc.queryForList(sql,
						Map.of("team", teamId, "user", username, "own", own));
				if (rows.isEmpty()) {
					// No such record in the demo data: an id that exists nowhere.
					Matcher matcher = VARIABLE.matcher(pattern);
					while (matcher.find()) {
						values.put(matcher.group(1), "987654321");
					}
				}
				else {
					rows.get(0).forEach((column, value) -> values.put(column, String.valueOf(value)));
				}
			}
			values.putIfAbsent("handle", "no-such-session");
			values.putIfAbsent("slug", "conflict-analysis");
			values.putIfAbsent("section", "LABELS");
			values.putIfAbsent("index", "0");
			values.putIfAbsent("step", "CONFLICT_ANALYSIS");
			return values;
		}

		/** The query of a record per path prefix: columns named after the variables. */
		private static String sql(String pattern) {
			String p = pattern.replaceFirst("^/api/v1", "");
			if (p.startsWith("/cases/{id}/moes/{moeId}/measurements/{measurementId}")) {
				return "SELECT case_id AS \"id\", moe_id AS \"moeId\", id AS \"measurementId\" FROM moe_measurement WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/cases/{id}/moes/{moeId}")) {
				return "SELECT case_id AS \"id\", id AS \"moeId\" FROM case_moe WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/cases/{id}/decisions/{decisionId}")) {
				return "SELECT case_id AS \"id\", id AS \"decisionId\" FROM engagement_decision WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/cases/{id}/assessments/{assessmentId}")) {
				return "SELECT case_id AS \"id\", id AS \"assessmentId\" FROM case_group_assessment WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/cases/{id}/transfers/{transferId}")) {
				return "SELECT case_id AS \"id\", id AS \"transferId\" FROM case_transfer WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/cases/{id}/rounds/{roundId}")) {
				return "SELECT case_id AS \"id\", id AS \"roundId\" FROM negotiation_round WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/cases/{caseId}")) {
				return "SELECT case_id AS \"caseId\" FROM agreement WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/cases/{id}")) {
				// The case furthest along, so that every step's page exists.
				return "SELECT c.id AS \"id\" FROM negotiation_case c WHERE c.team_id = CAST(:team AS bigint) ORDER BY (SELECT count(*) FROM agreement a WHERE a.case_id = c.id) DESC, c.id LIMIT 1";
			}
			if (p.startsWith("/agreements/{id}/versions/{versionId}")) {
				return "SELECT agreement_id AS \"id\", id AS \"versionId\" FROM agreement_version WHERE team_id = CAST(:team AS bigint) ORDER BY id DESC LIMIT 1";
			}
			if (p.startsWith("/agreements/{id}/checks/{checkId}")) {
				return "SELECT agreement_id AS \"id\", id AS \"checkId\" FROM compliance_check WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/agreements/{id}/disputes/{disputeId}")) {
				return "SELECT agreement_id AS \"id\", id AS \"disputeId\" FROM agreement_dispute WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/agreements/{id}/reviews/{reviewId}")) {
				return "SELECT agreement_id AS \"id\", id AS \"reviewId\" FROM group_review WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/agreements/{id}")) {
				return "SELECT id AS \"id\" FROM agreement WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/checks/{id}")) {
				return "SELECT id AS \"id\" FROM compliance_check WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/moe-measurements/{id}")) {
				return "SELECT id AS \"id\" FROM moe_measurement WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/access/constraints/{id}")) {
				return "SELECT id AS \"id\" FROM access_constraint WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/incidents/{id}")) {
				return "SELECT id AS \"id\" FROM security_incident WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/disclosure-requests/{id}")) {
				return "SELECT id AS \"id\" FROM disclosure_request WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/interlocutors/{id}")) {
				return "SELECT id AS \"id\" FROM interlocutor WHERE team_id = CAST(:team AS bigint) ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/documents/{id}") || p.startsWith("/exports/{id}")) {
				// The demo has no team documents or exports, and other tests of the run
				// add
				// some: an id that exists nowhere keeps the answer the same whatever ran
				// before (their own rules are tested in AgreementAttachmentsTest and
				// BulkExportTest).
				return "SELECT 987654321 AS \"id\" WHERE CAST(:team AS bigint) IS NOT NULL";
			}
			if (p.startsWith("/armed-groups/{id}/designations/{designationId}")) {
				// The first designation of the first group (the demo cartel's).
				return "SELECT group_id AS \"id\", id AS \"designationId\" FROM armed_group_designation WHERE group_id = (SELECT min(id) FROM armed_group) AND CAST(:team AS bigint) IS NOT NULL ORDER BY id LIMIT 1";
			}
			if (p.startsWith("/armed-groups/{id}")) {
				// Organisation-wide: the same group whatever the team.
				return "SELECT min(id) AS \"id\" FROM armed_group WHERE CAST(:team AS bigint) IS NOT NULL";
			}
			if (p.startsWith("/notifications/{id}")) {
				// The user's own (relation: own), or someone else's (other team's).
				return "SELECT n.id AS \"id\" FROM notification n JOIN app_user u ON u.id = n.recipient_id WHERE (u.username = :user) = :own ORDER BY n.id LIMIT 1";
			}
			if (p.startsWith("/account/tokens/{id}")) {
				return "SELECT t.id AS \"id\" FROM personal_access_token t JOIN app_user u ON u.id = t.owner_id WHERE (u.username = :user) = :own ORDER BY t.id DESC LIMIT 1";
			}
			if (p.startsWith("/admin/users/grants/{grantId}")) {
				// No grant: the answer must not depend on what other tests left pending.
				return "SELECT 987654321 AS \"grantId\" WHERE CAST(:team AS bigint) IS NOT NULL";
			}
			if (p.startsWith("/admin/users/{id}")) {
				return "SELECT id AS \"id\" FROM app_user WHERE username = 'matrix.probe' AND CAST(:team AS bigint) IS NOT NULL";
			}
			if (p.startsWith("/admin/retention/cases/{id}") || p.startsWith("/retention/cases/{id}")) {
				return "SELECT c.id AS \"id\" FROM negotiation_case c WHERE c.team_id = CAST(:team AS bigint) ORDER BY c.id LIMIT 1";
			}
			if (p.startsWith("/admin/keys/destruction/{id}")) {
				// No request: none is left waiting for the answer to depend on (their
				// rules are tested in EmergencyDestructionTest).
				return "SELECT 987654321 AS \"id\" WHERE CAST(:team AS bigint) IS NOT NULL";
			}
			if (p.startsWith("/admin/teams/{id}")) {
				return "SELECT CAST(:team AS bigint) AS \"id\"";
			}
			if (p.startsWith("/admin/reference-lists/{id}")) {
				return "SELECT id AS \"id\" FROM reference_value WHERE code = 'matrix-probe' AND CAST(:team AS bigint) IS NOT NULL";
			}
			return null;
		}

	}

}
