package org.parley.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;
import org.parley.shared.Replay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * DEMO ONLY. Gives the demo accounts whose roles require a second factor (hq, auditor,
 * admin, admin2) one fixed, published TOTP secret ({@value #DEFAULT_SECRET}, printed in
 * the README; {@code PARLEY_DEMO_TOTP_SECRET} to change it), so that demos, scripted
 * checks and the browser tests can still sign in as them. Loaded only with the
 * {@code demo} profile, after {@link DemoAccounts}; idempotent. Everywhere else secrets
 * are random and made by the user's own enrolment.
 */
@Component
@Profile("demo")
@Order(11)
class DemoSecondFactors implements ApplicationRunner {

	static final String DEFAULT_SECRET = "PARLEYDEMOTOTPSECRETPARLEYDEMO23";

	private static final Logger log = LoggerFactory.getLogger(DemoSecondFactors.class);

	private final UserAccountRepository users;

	private final SecondFactorRepository factors;

	private final SecondFactors secondFactors;

	private final EntityManager entityManager;

	private final Clock clock;

	private final byte[] secret;

	DemoSecondFactors(UserAccountRepository users, SecondFactorRepository factors, SecondFactors secondFactors,
			EntityManager entityManager, Clock clock,
			@Value("${parley.demo.totp-secret:" + DEFAULT_SECRET + "}") String secret) {
		this.users = users;
		this.factors = factors;
		this.secondFactors = secondFactors;
		this.entityManager = entityManager;
		this.clock = clock;
		this.secret = Totp.fromBase32(secret);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Instant installed = this.clock.instant().minus(Duration.ofDays(300)).truncatedTo(ChronoUnit.HOURS);
		Replay.at(installed, () -> {
			int given = 0;
			for (String[] row : DemoAccounts.rows("db/demo/users.csv")) {
				UserAccount account = this.users.findByUsername(row[0]).orElse(null);
				if (account != null && this.secondFactors.requiredFor(account.getRoles())
						&& !this.factors.existsById(account.getId())) {
					this.factors
						.save(new SecondFactor(account.getId(), this.secondFactors.seal(this.secret), installed, 0));
					given++;
				}
			}
			this.entityManager.flush();
			if (given > 0) {
				log.warn("Demo profile: {} demo accounts share the published demo TOTP secret. Never use it for real "
						+ "data.", given);
			}
		});
	}

}
