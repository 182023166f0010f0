package org.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

/**
 * The load of {@code bench/db-restart.sh}: field officers (8 by default) reading pages
 * and recording rounds through the API for {@code parley.bench.seconds} (40), while the
 * script restarts PostgreSQL. Every request goes to {@code target/bench/requests.csv}
 * with its status; a recorded round with its id (the script looks for each in the
 * database afterwards); an answer that shows a stack trace is marked {@code TRACE}. The
 * file {@code target/bench/load-started} tells the script when the users are signed in
 * and loading.
 */
public class DatabaseRestartLoad extends Simulation {

	/** What a stack trace looks like in a page or a problem detail. */
	private static final String TRACE = "\\.java:\\d+\\)|\\tat [a-z]+\\.|Exception: |HikariPool";

	private final BenchConfig config = BenchConfig.fromSystemProperties();

	/** No warm-up: the window opens when the first user is signed in. */
	private final Window window = new Window(0, this.config.seconds());

	private final Journeys journeys = new Journeys(this.config, this.window);

	private final Path out = Path.of(System.getProperty("parley.bench.out", "target/bench"));

	private final int users = this.config.fieldUsers() + this.config.hqUsers() + this.config.auditorUsers();

	{
		ChainBuilder cycle = exec(read("restart: start page", "/")).exec(read("restart: case page", "/cases/#{caseId}"))
			.exec(read("restart: case list", this.journeys.listByStep()))
			.exec(this.journeys.timed("restart: record a round (API)", apiRound(), 201))
			.doIf((s) -> !"0".equals(s.getString("roundId")))
			.then(read("restart: a round (API)", "/api/v1/cases/#{roundCaseId}/rounds/#{roundId}"));
		ScenarioBuilder scenario = scenario("restart load").exec(this.journeys.signIn(this.config.fieldAccounts()))
			.exec(this.journeys.findCases())
			.exec(this::started)
			.exec((s) -> s.set("phase", "").set("roundId", "0"))
			.exec(asLongAs((s) -> !this.window.over()).on(cycle));
		setUp(scenario.injectOpen(atOnceUsers(this.users))).protocols(this.journeys.protocol())
			.maxDuration(Duration.ofSeconds(this.config.seconds() + 120L));
	}

	private ChainBuilder read(String name, String path) {
		HttpRequestActionBuilder request = http(name).get(path).check(regex(TRACE).count().saveAs("traces"));
		if (path.startsWith("/api/")) {
			request = request.header("Accept", "application/json");
		}
		return this.journeys.timed(name, request, 200);
	}

	/**
	 * A round through the API, with the CSRF token of the user's pages (a browser's
	 * JavaScript would).
	 */
	private HttpRequestActionBuilder apiRound() {
		String body = "{\"heldOn\":\"" + LocalDate.now() + "\",\"channel\":\"PHONE\","
				+ "\"outcome\":\"Paso de ambulancias confirmado. Marca #{account}-#{t0}\","
				+ "\"nextStep\":\"Confirmar el martes\"}";
		return http("restart: record a round (API)").post("/api/v1/cases/#{roundCaseId}/rounds")
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", "#{csrf}")
			.body(io.gatling.javaapi.core.CoreDsl.StringBody(body))
			.check(jsonPath("$.id").optional().saveAs("note"), jsonPath("$.id").optional().saveAs("roundId"),
					regex(TRACE).count().saveAs("traces"));
	}

	/**
	 * The first user signed in starts the clock of the window: the script restarts within
	 * it.
	 */
	private io.gatling.javaapi.core.Session started(io.gatling.javaapi.core.Session session) {
		synchronized (this) {
			if (!this.window.opened()) {
				this.window.open();
				try {
					Files.createDirectories(this.out);
					Files.writeString(this.out.resolve("load-started"), Long.toString(System.currentTimeMillis()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return session;
	}

	@Override
	public void after() {
		Recorder.writeCsv(this.out.resolve("requests.csv"));
		System.out.println("Requests written to " + this.out.resolve("requests.csv"));
	}

}
