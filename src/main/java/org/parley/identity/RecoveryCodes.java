package org.parley.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One-time recovery codes: what signs a user in when their phone is lost. Ten at a time,
 * each 60 random bits written as {@code xxxx-xxxx-xxxx}; shown once, kept only as a
 * salted password hash (the application's {@link PasswordEncoder}), since 60 bits are
 * fewer than the 112 for which ASVS (6.5.2) would allow a plain hash. Checking one costs
 * at most ten hash comparisons, on a rare path that is throttled like passwords. Plain
 * rows, not an entity: each batch and each use is one deliberate audit entry
 * ({@link SecondFactors}), not ten.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	/** Crockford's base 32: no I, L, O or U to misread. */
	private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	RecoveryCodes(DataSource dataSource, PasswordEncoder encoder) {
		this.jdbc = JdbcClient.create(dataSource);
		this.encoder = encoder;
	}

	/** Replaces the user's codes with ten new ones, and returns them (to show once). */
	List<String> replace(long userId, Instant now) {
		deleteAll(userId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = generate();
			codes.add(code);
			this.jdbc.sql("INSERT INTO recovery_code (user_id, code_hash, created_at) VALUES (:user, :hash, :now)")
				.param("user", userId)
				.param("hash", this.encoder.encode(normalise(code)))
				.param("now", Timestamp.from(now))
				.update();
		}
		return codes;
	}

	/**
	 * Uses a code, once: a second use of the same code (even at the same moment), or a
	 * code of another account, finds nothing.
	 * @return whether the code was one of the user's unused codes
	 */
	boolean use(long userId, String typed, Instant now) {
		String code = normalise(typed);
		if (code.length() != 12) {
			return false;
		}
		List<Unused> unused = this.jdbc
			.sql("SELECT id, code_hash FROM recovery_code WHERE user_id = :user AND used_at IS NULL ORDER BY id")
			.param("user", userId)
			.query((rs, row) -> new Unused(rs.getLong("id"), rs.getString("code_hash")))
			.list();
		for (Unused candidate : unused) {
			if (this.encoder.matches(code, candidate.hash())) {
				return this.jdbc.sql(
						"UPDATE recovery_code SET used_at = :now, version = version + 1 WHERE id = :id AND used_at IS NULL")
					.param("now", Timestamp.from(now))
					.param("id", candidate.id())
					.update() == 1;
			}
		}
		return false;
	}

	int left(long userId) {
		return this.jdbc.sql("SELECT count(*) FROM recovery_code WHERE user_id = :user AND used_at IS NULL")
			.param("user", userId)
			.query(Integer.class)
			.single();
	}

	void deleteAll(long userId) {
		this.jdbc.sql("DELETE FROM recovery_code WHERE user_id = :user").param("user", userId).update();
	}

	/** Whether what was typed looks like a recovery code rather than an app's code. */
	static boolean looksLikeOne(String typed) {
		return typed != null && normalise(typed).length() == 12;
	}

	static String normalise(String typed) {
		return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
	}

	private static String generate() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	private record Unused(long id, String hash) {

	}

}
