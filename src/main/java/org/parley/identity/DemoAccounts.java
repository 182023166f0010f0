package org.parley.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.parley.shared.Replay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo teams and accounts from {@code db/demo/teams.csv} and {@code db/demo/users.csv},
 * loaded only with the {@code demo} profile. They all share one password
 * ({@code PARLEY_DEMO_PASSWORD}, default "parley-demo"): never for real use. Loading is
 * idempotent: what exists is left alone. They are recorded as the application set them up
 * when it was installed, ten months before the demo's today, before the demo's history
 * begins.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final TeamRepository teams;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final String password;

	private final EntityManager entityManager;

	DemoAccounts(TeamRepository teams, UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${parley.demo.password}") String password, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.teams = teams;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		log.warn("Demo profile: loading demo teams and accounts that share one password. Never use it for real data.");
		Instant installed = this.clock.instant().minus(Duration.ofDays(300)).truncatedTo(ChronoUnit.HOURS);
		Replay.at(installed, () -> {
			load();
			// Written while the installation is replayed.
			this.entityManager.flush();
		});
	}

	private void load() {
		for (String[] team : rows("db/demo/teams.csv")) {
			if (this.teams.findByNameIgnoringCase(team[0]).isEmpty()) {
				Team created = new Team(team[0], team[1], this.clock.instant());
				created.moveTo((team.length > 2) ? team[2] : null);
				this.teams.save(created);
			}
		}
		String hash = null;
		for (String[] user : rows("db/demo/users.csv")) {
			if (this.users.existsByUsername(user[0])) {
				continue;
			}
			hash = (hash != null) ? hash : this.passwordEncoder.encode(this.password);
			UserAccount account = new UserAccount(user[0], user[1], hash, false, this.clock.instant());
			Set<Role> roles = Arrays.stream(user[2].split("\\|"))
				.map(String::strip)
				.map(Role::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
			List<Team> memberOf = new ArrayList<>();
			for (String teamName : user[3].split("\\|")) {
				if (!teamName.isBlank()) {
					memberOf.add(this.teams.findByNameIgnoringCase(teamName.strip())
						.orElseThrow(() -> new IllegalStateException("Demo user in unknown team " + teamName)));
				}
			}
			account.describe(user[1], roles, memberOf);
			if (user.length > 4 && !user[4].isBlank()) {
				account.preferLanguage(user[4].strip());
			}
			this.users.save(account);
		}
	}

	/**
	 * Rows of a semicolon-separated file with a header line; blank lines and # comments
	 * skipped.
	 */
	static List<String[]> rows(String path) {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
			String line = reader.readLine(); // header
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(Arrays.stream(line.split(";", -1)).map(String::strip).toArray(String[]::new));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Demo data missing: " + path, ex);
		}
		return rows;
	}

}
