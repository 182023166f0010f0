package org.parley.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * What the benchmark's virtual users do, as chains both simulations share: sign in (with
 * the second step for HQ reviewers and auditors), find their cases, and the requests a
 * field officer, an HQ reviewer and an auditor make, each timed into {@link Recorder}.
 * Redirects are not followed: each request is timed alone, and a sign-in or a save
 * answers with the redirect it should.
 */
final class Journeys {

	/** The first case link of a page ({@code /cases/12}, not {@code /cases/new}). */
	private static final String CASE_LINK = "href=\"/cases/(\\d+)[\"#]";

	/** The "next page" link of the case list. */
	private static final String NEXT_LINK = "href=\"(/cases\\?[^\"]*after=[^\"]*)\"";

	private static final AtomicLong NUMBERED = new AtomicLong();

	/** How deep the case list was walked (the deepest page any user reached). */
	static final AtomicInteger DEPTH_REACHED = new AtomicInteger();

	private final BenchConfig config;

	private final Window window;

	Journeys(BenchConfig config, Window window) {
		this.config = config;
		this.window = window;
	}

	HttpProtocolBuilder protocol() {
		return http.baseUrl(this.config.url())
			.acceptHeader("text/html,application/xhtml+xml")
			.acceptLanguageHeader(this.config.language())
			.acceptEncodingHeader("gzip")
			.disableFollowRedirect()
			.disableCaching();
	}

	/**
	 * Signs in the next virtual user of a role with one of the role's accounts, then
	 * keeps the CSRF token of its start page for the forms it sends.
	 */
	ChainBuilder signIn(List<String> accounts) {
		return exec((s) -> s.set("account", BenchConfig.account(accounts, NUMBERED.getAndIncrement())))
			.exec(http("sign-in: form").get("/login")
				.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
			.exec(http("sign-in: password").post("/login")
				.formParam("username", "#{account}")
				.formParam("password", this.config.password())
				.formParam("_csrf", "#{csrf}")
				.check(status().is(302), header("Location").saveAs("next")))
			.doIf((s) -> s.getString("next").contains("/sign-in/code"))
			.then(exec(http("sign-in: code form").get("/sign-in/code")
				.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
				.exec((s) -> s.set("step", TotpCodes.reserve(s.getString("account"))))
				.pause((s) -> Duration.ofMillis(TotpCodes.millisUntilUsable(s.getLong("step"))))
				.exec((s) -> s.set("code", TotpCodes.code(this.config.totpSecret(), s.getLong("step"))))
				.exec(http("sign-in: code").post("/sign-in/code")
					.formParam("code", "#{code}")
					.formParam("_csrf", "#{csrf}")
					.check(status().is(302), header("Location").not("/sign-in/code"))))
			.exec(http("sign-in: start page").get("/")
				.check(status().is(200), css("input[name=_csrf]", "value").saveAs("csrf")))
			.exitHereIfFailed();
	}

	/**
	 * Finds the cases the user reads and writes: the one the case query finds (the scale
	 * data's "Scale benchmark case NN") or else the first of the list; and, to record
	 * rounds in, the first active case that has reached the rounds.
	 */
	ChainBuilder findCases() {
		String read = this.config.caseQuery().isBlank() ? "/cases" : "/cases?q=" + encode(this.config.caseQuery());
		ChainBuilder chain = exec(
				http("setup: find the case").get(read).check(regex(CASE_LINK).find().saveAs("caseId")));
		for (String step : List.of("NEGOTIATION_ROUNDS", "AGREEMENT", "FOLLOW_UP")) {
			chain = chain.doIf((s) -> !s.contains("roundCaseId"))
				.then(exec(http("setup: find a case for rounds").get("/cases?status=ACTIVE&step=" + step)
					.check(regex(CASE_LINK).find().optional().saveAs("roundCaseId"))));
		}
		return chain.exitHereIfFailed();
	}

	/**
	 * Walks the "next page" links of the list by step, to keep the deepest page reached.
	 */
	ChainBuilder findDeepPage() {
		return exec((s) -> s.set("deepUrl", listByStep()).set("depth", 1).set("more", true))
			.asLongAs((s) -> s.getBoolean("more") && s.getInt("depth") < this.config.depth())
			.on(exec((s) -> s.remove("nextUrl"))
				.exec(http("setup: walk the case list").get("#{deepUrl}")
					.check(regex(NEXT_LINK).find().optional().saveAs("nextUrl")))
				.exec((s) -> s.contains("nextUrl") ? s.set("deepUrl", s.getString("nextUrl").replace("&amp;", "&"))
					.set("depth", s.getInt("depth") + 1) : s.set("more", false)))
			.exec((s) -> {
				DEPTH_REACHED.accumulateAndGet(s.getInt("depth"), Math::max);
				return s;
			});
	}

	/**
	 * The auditor's case: the one its start page finds by the case query, or its first.
	 */
	ChainBuilder findAuditedCase() {
		String home = this.config.caseQuery().isBlank() ? "/" : "/?q=" + encode(this.config.caseQuery());
		return exec(http("setup: find the case").get(home).check(regex(CASE_LINK).find().saveAs("caseId")))
			.exitHereIfFailed();
	}

	String listByStep() {
		return "/cases?step=" + this.config.listStep() + "&status=ACTIVE";
	}

	ChainBuilder trivial() {
		return timed(Recorder.TRIVIAL, http("#{phase}" + Recorder.TRIVIAL).get("/account/password"), 200);
	}

	/**
	 * The field officer's requests, in the order the loop interleaves them with the
	 * trivial page.
	 */
	List<ChainBuilder> fieldOfficer() {
		return List.of(get("field: start page", "/"), get("field: case list by step", listByStep()),
				get("field: case list, deep page", "#{deepUrl}"), get("field: case page", "/cases/#{caseId}"),
				get("field: case history", "/cases/#{caseId}/history"), addRound("field: add a round"),
				get("field: search cases by a word of rounds", "/cases?q=" + encode(this.config.noteWord())),
				get("field: search cases by group alias", "/cases?q=" + encode(this.config.alias())),
				get("field: search groups by alias", "/armed-groups?q=" + encode(this.config.alias())));
	}

	List<ChainBuilder> hqReviewer() {
		return List.of(get("hq: start page", "/"), get("hq: review queue", this.config.reviewQueue()));
	}

	List<ChainBuilder> auditor() {
		return List.of(get("auditor: dossier export", "/cases/#{caseId}/dossier"));
	}

	ChainBuilder get(String name, String path) {
		return timed(name, http("#{phase}" + name).get(path), 200);
	}

	/**
	 * A round as a field officer records it after a phone call, with a word the search
	 * finds; Parley answers a recorded round with a redirect to the rounds.
	 */
	ChainBuilder addRound(String name) {
		return timed(name, roundForm(http("#{phase}" + name).post("/cases/#{roundCaseId}/rounds")), 302);
	}

	HttpRequestActionBuilder roundForm(HttpRequestActionBuilder request) {
		String today = LocalDate.now().toString();
		return request.formParam("_csrf", "#{csrf}")
			.formParam("heldOn", today)
			.formParam("channel", "PHONE")
			.formParam("ourParticipants", "Jefa de oficina; negociador de terreno")
			.formParam("theirParticipants", "Vocero del grupo (alias El Maestro)")
			.formParam("asked",
					"Paso seguro de las ambulancias por el retén de la carretera norte los martes y "
							+ "jueves, de 8 a 14 h.")
			.formParam("offered", "Aviso con 24 horas de antelación y vehículos identificados.")
			.formParam("arguments", "Principio de humanidad; acceso de los enfermos crónicos a la clínica.")
			.formParam("agreed", "Paso los martes a prueba durante un mes.")
			.formParam("disagreed", "Los jueves, por la feria del pueblo.")
			.formParam("outcome", "Acuerdo parcial, a confirmar por teléfono el lunes. Marca #{account}-#{t0}")
			.formParam("nextStep", "Llamar al vocero para confirmar el paso del martes")
			.formParam("nextStepDue", LocalDate.now().plusDays(7).toString());
	}

	/**
	 * One request timed: its response time as Gatling measured it, its status (0 when no
	 * answer came: a connection refused or reset), and whether it is one of those
	 * expected. Requests that would start after the end are not sent.
	 */
	ChainBuilder timed(String name, HttpRequestActionBuilder request, Integer... expected) {
		List<Integer> statuses = List.of(expected);
		return doIf((s) -> !this.window.over())
			.then(exec((s) -> s.remove("st").remove("rt").remove("traces").set("t0", System.currentTimeMillis()))
				.exec(request.check(responseTimeInMillis().saveAs("rt"), status().saveAs("st"), status().in(statuses)))
				.exec((s) -> record(name, s, statuses)));
	}

	private static Session record(String name, Session s, List<Integer> expected) {
		long t0 = s.getLong("t0");
		boolean answered = s.contains("st");
		int status = answered ? s.getInt("st") : 0;
		long millis = s.contains("rt") ? s.getInt("rt") : System.currentTimeMillis() - t0;
		String note = s.contains("note") ? s.getString("note") : "";
		if (s.contains("traces") && s.getInt("traces") > 0) {
			note = (note + " TRACE").trim();
		}
		Recorder.add(new Recorder.Sample(name, t0, millis, status, answered && expected.contains(status), note));
		return s.remove("note");
	}

	static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
