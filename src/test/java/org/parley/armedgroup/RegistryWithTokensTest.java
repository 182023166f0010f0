package org.parley.armedgroup;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.support.Browserless;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A script using a field officer's personal access token acts with exactly that officer's
 * need-to-know: their team's interlocutors, never another team's.
 */
@IntegrationTest
class RegistryWithTokensTest {

	private static final Pattern TOKEN = Pattern.compile("id=\"new-token\"[^>]*value=\"(pat_[^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void aTokenSeesItsOwnersTeamAndNothingOfAnotherTeam() throws Exception {
		String token = tokenOf("field.sv");
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long pastor = jdbc.queryForObject("SELECT id FROM interlocutor WHERE code_name = 'PASTOR'", Long.class);
		long mediador = jdbc.queryForObject("SELECT id FROM interlocutor WHERE code_name = 'MEDIADOR-1'", Long.class);

		HttpResponse<String> own = call(token, "GET", "/api/v1/interlocutors/" + mediador, null);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("MEDIADOR-1").doesNotContain("Ana Beatriz");

		HttpResponse<String> other = call(token, "GET", "/api/v1/interlocutors/" + pastor, null);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.body()).doesNotContain("PASTOR");
		assertThat(call(token, "POST", "/api/v1/interlocutors/" + pastor + "/reveal", "{}").statusCode())
			.isEqualTo(404);
		assertThat(call(token, "GET", "/api/v1/interlocutors", null).body()).contains("MEDIADOR-1")
			.doesNotContain("PASTOR");

		HttpResponse<String> created = call(token, "POST", "/api/v1/armed-groups",
				"{\"name\": \"Grupo creado por script\", \"categories\": [\"gang\"]}");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(jdbc.queryForObject(
				"SELECT actor FROM audit_entry WHERE entity_type = 'ArmedGroup' AND entity_id = ? ORDER BY seq LIMIT 1",
				String.class, created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "")))
			.isEqualTo("field.sv");
	}

	private String tokenOf(String username) {
		Browserless browser = new Browserless(this.port);
		browser.signIn(username, "parley-demo");
		String csrf = Browserless.csrf(browser.get("/account/tokens").body());
		browser.post("/account/tokens", Map.of("_csrf", csrf, "name", "Registry script", "lifetime", "THIRTY_DAYS"));
		Matcher matcher = TOKEN.matcher(browser.get("/account/tokens").body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> call(String token, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
