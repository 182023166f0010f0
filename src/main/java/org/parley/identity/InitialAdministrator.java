package org.parley.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At first start (no user at all) creates an administrator: from
 * {@code PARLEY_ADMIN_USERNAME} and {@code PARLEY_ADMIN_PASSWORD} when set, otherwise
 * "admin" with a random one-time password printed once in the log, which must be changed
 * at first sign-in.
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private static final String DISPLAY_NAME = "Administrator";

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final AdminProperties properties;

	private final Clock clock;

	InitialAdministrator(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
			AdminProperties properties, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		String username = isBlank(this.properties.username()) ? "admin"
				: Usernames.normalise(this.properties.username());
		if (!Usernames.FORMAT.matcher(username).matches()) {
			throw new IllegalStateException("PARLEY_ADMIN_USERNAME must be 2 to 40 lower-case letters, digits, "
					+ "dots, dashes or underscores, starting with a letter or digit");
		}
		boolean given = !isBlank(this.properties.password());
		String password = given ? this.properties.password() : OneTimePasswords.generate();
		if (given && PasswordPolicy.tooLong(password)) {
			throw new IllegalStateException("PARLEY_ADMIN_PASSWORD is longer than the " + PasswordPolicy.MAX_BYTES
					+ " bytes a password may have");
		}
		List<String> violations = given ? this.policy.violations(username, DISPLAY_NAME, password) : List.of();
		boolean mustChange = !given || !violations.isEmpty();
		UserAccount admin = new UserAccount(username, DISPLAY_NAME, this.passwordEncoder.encode(password), mustChange,
				this.clock.instant());
		admin.describe(DISPLAY_NAME, EnumSet.of(Role.ADMIN), List.of());
		this.users.save(admin);
		if (given) {
			log.info("First start: administrator '{}' created from PARLEY_ADMIN_USERNAME/PARLEY_ADMIN_PASSWORD",
					username);
			if (!violations.isEmpty()) {
				log.warn("PARLEY_ADMIN_PASSWORD breaks the password rules ({}): it must be changed at first sign-in",
						violations);
			}
		}
		else {
			log.warn("""

					================================================================
					 Parley first start: administrator '{}' created.
					 One-time password: {}
					 It must be changed at first sign-in. It is not shown again.
					================================================================""", username, password);
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
