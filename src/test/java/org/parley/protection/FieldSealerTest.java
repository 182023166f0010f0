package org.parley.protection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.parley.protection.keys.InMemoryDataKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sealed value keeps its text from anyone holding the database, opens only in its own
 * column and team, says nothing of itself in logs, and reads "destroyed on" once its key
 * is gone.
 */
class FieldSealerTest {

	private static final SealedColumn REAL_NAME = SealedColumn.of("interlocutor", "real_name");

	private static final SealedColumn CONTACT = SealedColumn.of("interlocutor", "contact_details");

	private final InMemoryDataKeys keys = new InMemoryDataKeys();

	private final FieldSealer sealer = Sealers.over(this.keys);

	@Test
	void aSealedValueHoldsItsKeyIdAndCiphertextButNotTheText() {
		Sealed sealed = this.sealer.seal(3L, KeyPurpose.TEAM, REAL_NAME, "Tomás Herrera Vidal");
		assertThat(sealed.stored()).startsWith("pk1:" + sealed.dataKeyId() + ":")
			.doesNotContain("Tomás")
			.doesNotContain(Base64.getEncoder().encodeToString("Tomás".getBytes(StandardCharsets.UTF_8)));
		assertThat(this.sealer.open(3L, REAL_NAME, sealed)).isEqualTo(Opened.of("Tomás Herrera Vidal"));
		assertThat(sealed).hasToString("[sealed]");
	}

	@Test
	void theSameTextSealedTwiceLooksDifferentEachTime() {
		Sealed first = this.sealer.seal(3L, KeyPurpose.TEAM, REAL_NAME, "Ana");
		Sealed second = this.sealer.seal(3L, KeyPurpose.TEAM, REAL_NAME, "Ana");
		assertThat(first).isNotEqualTo(second);
		assertThat(first.dataKeyId()).isEqualTo(second.dataKeyId());
	}

	@Test
	void aValueCopiedIntoAnotherColumnOrAnotherTeamsRowDoesNotOpen() {
		Sealed sealed = this.sealer.seal(3L, KeyPurpose.TEAM, REAL_NAME, "Ana Beatriz Flores");
		assertThatThrownBy(() -> this.sealer.open(3L, CONTACT, sealed)).isInstanceOf(SealedValueException.class)
			.hasMessageNotContaining("Ana");
		assertThatThrownBy(() -> this.sealer.open(4L, REAL_NAME, sealed)).isInstanceOf(SealedValueException.class);
	}

	@Test
	void eachTeamAndPurposeHasItsOwnDataKey() {
		long team3 = this.sealer.seal(3L, KeyPurpose.TEAM, REAL_NAME, "a").dataKeyId();
		long team4 = this.sealer.seal(4L, KeyPurpose.TEAM, REAL_NAME, "a").dataKeyId();
		long strict3 = this.sealer.seal(3L, KeyPurpose.TEAM_STRICT, REAL_NAME, "a").dataKeyId();
		assertThat(this.sealer.seal(3L, KeyPurpose.TEAM, CONTACT, "b").dataKeyId()).isEqualTo(team3);
		assertThat(java.util.Set.of(team3, team4, strict3)).hasSize(3);
		assertThat(this.keys.all()).hasSize(3);
	}

	@Test
	void anAlteredValueDoesNotOpen() {
		Sealed sealed = this.sealer.seal(3L, KeyPurpose.TEAM, REAL_NAME, "Ana");
		byte[] ciphertext = Base64.getUrlDecoder()
			.decode(sealed.stored().substring(sealed.stored().lastIndexOf(':') + 1));
		ciphertext[ciphertext.length - 1] ^= 1;
		Sealed altered = Sealed.stored(
				"pk1:" + sealed.dataKeyId() + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext));
		assertThatThrownBy(() -> this.sealer.open(3L, REAL_NAME, altered)).isInstanceOf(SealedValueException.class);
		assertThatThrownBy(() -> this.sealer.open(3L, REAL_NAME, Sealed.stored("Ana in clear")))
			.isInstanceOf(SealedValueException.class)
			.hasMessageNotContaining("Ana");
	}

	@Test
	void savingAFormUnchangedKeepsTheSealedValueAndAChangeSealsAnew() {
		Sealed sealed = this.sealer.seal(3L, KeyPurpose.TEAM, REAL_NAME, "Ana");
		assertThat(this.sealer.update(sealed, 3L, KeyPurpose.TEAM, REAL_NAME, "Ana")).isSameAs(sealed);
		Sealed changed = this.sealer.update(sealed, 3L, KeyPurpose.TEAM, REAL_NAME, "Ana María");
		assertThat(this.sealer.text(3L, REAL_NAME, changed)).isEqualTo("Ana María");
		assertThat(this.sealer.update(sealed, 3L, KeyPurpose.TEAM, REAL_NAME, null)).isNull();
		Sealed strict = this.sealer.update(sealed, 3L, KeyPurpose.TEAM_STRICT, REAL_NAME, "Ana");
		assertThat(strict.dataKeyId()).as("a record made strictly confidential moves to the strict key")
			.isNotEqualTo(sealed.dataKeyId());
	}

	@Test
	void nothingSealedIsNothingOpened() {
		assertThat(this.sealer.seal(3L, KeyPurpose.TEAM, REAL_NAME, null)).isNull();
		assertThat(this.sealer.open(3L, REAL_NAME, null)).isEqualTo(Opened.none());
		assertThat(this.sealer.text(3L, REAL_NAME, null)).isNull();
	}

	@Test
	void aValueWhoseKeyWasDestroyedReadsDestroyedOnItsDate() {
		Sealed sealed = this.sealer.seal(3L, KeyPurpose.TEAM_STRICT, REAL_NAME, "Ana");
		this.keys.destroy(sealed.dataKeyId(), Instant.parse("2026-11-20T10:00:00Z"));
		// Its keyset read again (the cache of these tests keeps keys for no time).
		Opened opened = this.sealer.open(3L, REAL_NAME, sealed);
		assertThat(opened.isDestroyed()).isTrue();
		assertThat(opened.text()).isNull();
		assertThat(opened.shown(Sealers.messages(), Locale.ENGLISH)).isEqualTo("[destroyed on 2026-11-20]");
		assertThat(opened.shown(Sealers.messages(), Locale.forLanguageTag("es")))
			.isEqualTo("[destruido el 2026-11-20]");
		// What is sealed afterwards goes under a new key of the team, which opens.
		Sealed again = this.sealer.seal(3L, KeyPurpose.TEAM_STRICT, REAL_NAME, "again");
		assertThat(again.dataKeyId()).isNotEqualTo(sealed.dataKeyId());
		assertThat(this.sealer.open(3L, REAL_NAME, again).text()).isEqualTo("again");
		assertThat(this.sealer.open(3L, REAL_NAME, sealed).isDestroyed()).isTrue();
	}

}
