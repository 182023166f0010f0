package org.parley.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parley's TOTP against the test vectors of RFC 6238 (appendix B) and of RFC 4648 (base
 * 32), and the window it accepts.
 */
class TotpTest {

	private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] SHA512_KEY = ("1234567890123456789012345678901234567890123456789012345678901234")
		.getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082, 46119246, 90693936", "1111111109, 07081804, 68084774, 25091201",
			"1111111111, 14050471, 67062674, 99943326", "1234567890, 89005924, 91819424, 93441116",
			"2000000000, 69279037, 90698825, 38618901", "20000000000, 65353130, 77737706, 47863826" })
	void everyVectorOfRfc6238(long time, String sha1, String sha256, String sha512) {
		long step = Totp.step(Instant.ofEpochSecond(time));
		assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
		assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
		assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
		// What the apps show: the same value, six digits.
		assertThat(Totp.code(SHA1_KEY, step)).isEqualTo(sha1.substring(2));
	}

	@Test
	void aCodeOfTheStepBeforeOrAfterIsAcceptedAndNoOther() {
		Instant now = Instant.ofEpochSecond(1111111111);
		long step = Totp.step(now);
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step), now)).hasValue(step);
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now)).hasValue(step - 1);
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now)).hasValue(step + 1);
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 2), now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now)).isEmpty();
	}

	@Test
	void anythingButSixDigitsIsNoCode() {
		Instant now = Instant.ofEpochSecond(59);
		assertThat(Totp.matchingStep(SHA1_KEY, null, now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_KEY, "", now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_KEY, "28708", now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_KEY, "2870821", now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_KEY, "28708a", now)).isEmpty();
		assertThat(Totp.matchingStep(SHA1_KEY, "287082", now)).isPresent();
	}

	@ParameterizedTest
	@CsvSource({ "f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI" })
	void base32AsRfc4648WritesItWithoutPadding(String text, String base32) {
		byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
		assertThat(Totp.base32(bytes)).isEqualTo(base32);
		assertThat(Totp.fromBase32(base32.toLowerCase())).isEqualTo(bytes);
	}

	@Test
	void aNewSecretIs160RandomBitsShownInGroupsOfFour() {
		byte[] secret = Totp.newSecret();
		assertThat(secret).hasSize(20).isNotEqualTo(Totp.newSecret());
		assertThat(Totp.grouped(secret)).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");
		assertThat(Totp.fromBase32(Totp.grouped(secret))).isEqualTo(secret);
	}

	@Test
	void theDemoSecretIsWhatTheReadmeAndTheTestSupportSay() {
		assertThat(DemoSecondFactors.DEFAULT_SECRET).isEqualTo(org.parley.support.DemoCodes.SECRET);
		Instant now = Instant.parse("2026-12-04T12:00:00Z");
		assertThat(Totp.code(Totp.fromBase32(DemoSecondFactors.DEFAULT_SECRET), Totp.step(now)))
			.isEqualTo(org.parley.support.DemoCodes.at(now));
	}

}
