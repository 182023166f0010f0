package org.parley;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.support.Browserless;
import org.parley.support.Endpoints;
import org.parley.support.Endpoints.Endpoint;
import org.parley.support.Endpoints.Team;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the matrix cannot see through MockMvc (a refusal by the security filters comes
 * back there with an empty body): over real HTTP, as a person signed in with the
 * browser's forms, every page the access matrix says a role may not open answers 403 with
 * the whole translated page, in the reader's language.
 */
@IntegrationTest
class ForbiddenPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@Test
	void everyPageARoleMayNotOpenAnswersTheTranslatedForbiddenPage() throws Exception {
		Map<String, List<String>> table = AccessMatrixTest.table();
		Endpoints.Ids ids = new Endpoints.Ids(new JdbcTemplate(this.dataSource));
		List<String> wrong = new ArrayList<>();
		int asked = 0;
		for (int r = 0; r < AccessMatrixTest.ROLES.size() - 1; r++) {
			String role = AccessMatrixTest.ROLES.get(r);
			Browserless browser = new Browserless(this.port);
			browser.signIn(role, "parley-demo");
			browser.get("/?lang=es");
			for (Endpoint endpoint : Endpoints.all(this.mappings)) {
				List<String> rule = table.get(endpoint.toString());
				if (!endpoint.method().equals("GET") || !page(endpoint.pattern()) || rule == null
						|| !rule.get(r).trim().split("\\s+")[0].equals("403")) {
					continue;
				}
				String path = ids.path(endpoint, Team.MEXICO, role);
				HttpResponse<String> answer = browser.get(path);
				asked++;
				if (answer.statusCode() != 403 || !answer.body().contains("No permitido")
						|| !answer.body().contains("pídala a un administrador")
						|| !answer.body().strip().endsWith("</html>")) {
					wrong.add("GET " + path + " as " + role + ": " + answer.statusCode());
				}
			}
		}
		assertThat(asked).as("pages refused to some role").isGreaterThan(20);
		assertThat(wrong).as("refusals that are not the translated 403 page").isEmpty();
	}

	private static boolean page(String pattern) {
		return !pattern.startsWith("/api/") && !pattern.startsWith("/v3/") && !pattern.startsWith("/actuator")
				&& !pattern.startsWith("/error");
	}

}
