package org.parley.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.roundRobinSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Issue 17's benchmark: a running Parley (never started here; {@code -Dparley.bench.url})
 * under 8 virtual users in a closed model, each looping for the warm-up and the measured
 * window: field officers, HQ reviewers and an auditor, each alternating the trivial
 * authenticated page (the password page: the layout and no data) with one of its real
 * requests. The summary of the measured window goes to {@code target/bench/summary.md}
 * and the console; Gatling's report to {@code target/gatling/}. docs/performance.md says
 * how to run it.
 */
public class ParleyBenchmark extends Simulation {

	private final BenchConfig config = BenchConfig.fromSystemProperties();

	/** Sign-ins and set-up take part of the warm-up; measuring starts at its end. */
	private final Window window = new Window(this.config.warmupSeconds(), this.config.seconds());

	private final Journeys journeys = new Journeys(this.config, this.window);

	{
		List<PopulationBuilder> populations = new ArrayList<>();
		add(populations, "field officers", this.config.fieldUsers(),
				this.journeys.signIn(this.config.fieldAccounts())
					.exec(this.journeys.findCases())
					.exec(this.journeys.findDeepPage()),
				this.journeys.fieldOfficer());
		add(populations, "HQ reviewers", this.config.hqUsers(), this.journeys.signIn(this.config.hqAccounts()),
				this.journeys.hqReviewer());
		add(populations, "auditors", this.config.auditorUsers(),
				this.journeys.signIn(this.config.auditorAccounts()).exec(this.journeys.findAuditedCase()),
				this.journeys.auditor());
		setUp(populations).protocols(this.journeys.protocol())
			.maxDuration(Duration.ofSeconds(this.config.warmupSeconds() + this.config.seconds() + 90L));
	}

	/**
	 * A role's users: signed in and set up once, then trivial, real, trivial, real… until
	 * the end, the real requests taken in turn. A closed model keeps the count of users;
	 * one that would start too late to do anything (its predecessor ended at the end)
	 * does not sign in.
	 */
	private void add(List<PopulationBuilder> populations, String role, int users, ChainBuilder setUp,
			List<ChainBuilder> requests) {
		if (users <= 0) {
			return;
		}
		// Each turn: the trivial page, then the role's next request, round-robin over all
		// its users, so that every request is sampled however short the window.
		ChainBuilder turn = exec(phase()).exec(this.journeys.trivial())
			.exec((requests.size() == 1) ? requests.get(0) : roundRobinSwitch().on(requests));
		ChainBuilder signedIn = exec(phase()).exec(setUp).exec((s) -> {
			this.window.setUp();
			return s;
		});
		// A user started when the run is (almost) over waits for its end rather than
		// signing in: the closed model would otherwise start users one after another.
		ScenarioBuilder scenario = scenario(role)
			.exec(doIfOrElse((s) -> System.currentTimeMillis() < this.window.end() - 1000)
				.then(signedIn.exec(asLongAs((s) -> !this.window.over()).on(turn)))
				.orElse(pause((s) -> Duration.ofMillis(Math.max(0, this.window.end() - System.currentTimeMillis())))));
		populations.add(scenario.injectClosed(constantConcurrentUsers(users)
			.during(Duration.ofSeconds(this.config.warmupSeconds() + this.config.seconds()))));
	}

	private ChainBuilder phase() {
		return exec((s) -> s.set("phase", this.window.warmingUp() ? "warm-up · " : ""));
	}

	@Override
	public void before() {
		this.window.open();
	}

	@Override
	public void after() {
		Path dir = Path.of(System.getProperty("parley.bench.out", "target/bench"));
		Recorder.writeCsv(dir.resolve("requests.csv"));
		String summary = Recorder.writeSummary(dir.resolve("summary.md"), this.config, this.window.warmEnd(),
				this.window.end());
		System.out.println();
		System.out.println(summary);
		System.out.println("Case list walked " + Journeys.DEPTH_REACHED.get() + " pages deep (asked: "
				+ this.config.depth() + "). Summary written to " + dir.resolve("summary.md"));
		if (this.window.setUpLate() > 0) {
			System.out.println("WARNING: the last user was signed in and set up " + this.window.setUpLate()
					+ " ms after the warm-up ended: give a longer warm-up (-Dparley.bench.warmup).");
		}
	}

}
