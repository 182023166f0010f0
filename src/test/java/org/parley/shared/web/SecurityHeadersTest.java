package org.parley.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page and API answer tells the browser how to protect it: the content security
 * policy with no inline script or style, no powerful feature (camera, microphone,
 * location...), a window of its own ({@code Cross-Origin-Opener-Policy}), no sniffing, no
 * framing, and never kept in a cache. Every GET route Parley maps is walked (found in the
 * handler mapping, so a new one is covered without being listed), as the HQ reviewer,
 * with ids from the demo data.
 */
@IntegrationTest
class SecurityHeadersTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}]*)}");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@Test
	void everyGetRouteAnswersWithTheProtectiveHeaders() throws Exception {
		Map<String, String> ids = demoIds();
		List<String> missing = new ArrayList<>();
		Set<String> ok = new TreeSet<>();
		int walked = 0;
		for (String path : getPaths(ids)) {
			MockHttpServletResponse response = this.mvc.perform(get(path).with(as(this.users, "hq")))
				.andReturn()
				.getResponse();
			walked++;
			if (response.getStatus() == 200) {
				ok.add(path);
			}
			String csp = response.getHeader("Content-Security-Policy");
			check(missing, path, "Content-Security-Policy",
					csp != null && csp.contains("default-src 'self'") && csp.contains("style-src 'self';")
							&& csp.contains("object-src 'none'") && csp.contains("base-uri 'none'")
							&& !csp.contains("unsafe-inline"),
					csp);
			String permissions = response.getHeader("Permissions-Policy");
			check(missing, path, "Permissions-Policy",
					permissions != null && permissions.contains("camera=()") && permissions.contains("microphone=()")
							&& permissions.contains("geolocation=()") && permissions.contains("payment=()")
							&& permissions.contains("usb=()"),
					permissions);
			check(missing, path, "Cross-Origin-Opener-Policy",
					"same-origin".equals(response.getHeader("Cross-Origin-Opener-Policy")),
					response.getHeader("Cross-Origin-Opener-Policy"));
			check(missing, path, "X-Content-Type-Options",
					"nosniff".equals(response.getHeader("X-Content-Type-Options")),
					response.getHeader("X-Content-Type-Options"));
			check(missing, path, "X-Frame-Options", "DENY".equals(response.getHeader("X-Frame-Options")),
					response.getHeader("X-Frame-Options"));
			String cache = response.getHeader("Cache-Control");
			check(missing, path, "Cache-Control", cache != null && cache.contains("no-store"), cache);
		}
		assertThat(walked).as("GET routes walked").isGreaterThan(60);
		assertThat(ok).as("routes that answered 200 with demo ids").hasSizeGreaterThan(45);
		assertThat(missing).as("answers without a protective header").isEmpty();
	}

	@Test
	void staticFilesKeepTheirLongCachingAndStillCarryThePolicies() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/webjars/bootstrap/5.3.8/dist/css/bootstrap.min.css"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).contains("max-age=31536000").doesNotContain("no-store");
		assertThat(response.getHeader("Permissions-Policy")).contains("camera=()");
		assertThat(response.getHeader("Cross-Origin-Opener-Policy")).isEqualTo("same-origin");
	}

	private static void check(List<String> missing, String path, String header, boolean present, String value) {
		if (!present) {
			missing.add(path + " " + header + ": " + value);
		}
	}

	/** Every GET route, with its variables filled from the demo data. */
	private List<String> getPaths(Map<String, String> ids) {
		Set<String> paths = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			String module = handler.getBeanType().getPackageName();
			if (!module.startsWith("org.parley") || module.startsWith("org.parley.support")) {
				return;
			}
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				return;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				paths.add(fill(pattern.getPatternString(), ids));
			}
		});
		return new ArrayList<>(paths);
	}

	private static String fill(String pattern, Map<String, String> ids) {
		String prefix = pattern.replaceFirst("^/api/v1", "").replaceFirst("^/([^/]+)/.*", "$1");
		Matcher variables = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String value = ids.getOrDefault(prefix + "." + name, ids.getOrDefault(name, "1"));
			variables.appendReplacement(path, Matcher.quoteReplacement(value));
		}
		variables.appendTail(path);
		return path.toString().replace("/**", "/x");
	}

	/** Ids of the demo data an HQ reviewer reads, by route prefix and variable name. */
	private Map<String, String> demoIds() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String caseId = one(jdbc, "SELECT min(c.id) FROM negotiation_case c JOIN agreement a ON a.case_id = c.id");
		String agreementId = one(jdbc, "SELECT min(id) FROM agreement WHERE case_id = " + caseId);
		return Map.ofEntries(Map.entry("id", caseId), Map.entry("caseId", caseId),
				Map.entry("agreements.id", agreementId),
				Map.entry("versionId",
						one(jdbc, "SELECT max(id) FROM agreement_version WHERE agreement_id = " + agreementId)),
				Map.entry("armed-groups.id", one(jdbc, "SELECT min(id) FROM armed_group")),
				Map.entry("interlocutors.id", one(jdbc, "SELECT min(id) FROM interlocutor")),
				Map.entry("incidents.id", one(jdbc, "SELECT coalesce(min(id), 1) FROM security_incident")),
				Map.entry("documents.id", one(jdbc, "SELECT coalesce(min(id), 1) FROM stored_document")),
				Map.entry("checks.id", one(jdbc, "SELECT coalesce(min(id), 1) FROM compliance_check")),
				Map.entry("notifications.id", one(jdbc, "SELECT coalesce(min(id), 1) FROM notification")),
				Map.entry("exports.id", one(jdbc, "SELECT coalesce(min(id), 1) FROM dossier_export")),
				Map.entry("moeId", one(jdbc, "SELECT coalesce(min(id), 1) FROM case_moe WHERE case_id = " + caseId)),
				Map.entry("roundId",
						one(jdbc, "SELECT coalesce(min(id), 1) FROM negotiation_round WHERE case_id = " + caseId)),
				Map.entry("decisionId",
						one(jdbc, "SELECT coalesce(min(id), 1) FROM engagement_decision WHERE case_id = " + caseId)),
				Map.entry("slug", "understanding-the-group"), Map.entry("step", "understanding-the-group"));
	}

	private static String one(JdbcTemplate jdbc, String sql) {
		return String.valueOf(jdbc.queryForObject(sql, Long.class));
	}

}
