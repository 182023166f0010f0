package org.parley.identity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy(List.of("Acción Andina"));

	@Test
	void aLongUncommonPasswordIsAccepted() {
		assertThat(this.policy.violations("field.mx", "Mateo Field", "tuesday clinic by the river")).isEmpty();
	}

	@Test
	void elevenCharactersAreTooFew() {
		assertThat(this.policy.violations("field.mx", null, "abcdefghijk"))
			.containsExactly("identity.password.too-short");
	}

	@Test
	void thePasswordMustNotContainTheUsername() {
		assertThat(this.policy.violations("field.mx", null, "my-field.mx-password"))
			.contains("identity.password.contains-username");
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(this.policy.violations("ana", null, "PasswordPassword")).contains("identity.password.too-common");
		assertThat(this.policy.violations("ana", null, "123456789012")).contains("identity.password.too-common");
		assertThat(this.policy.violations("ana", null, "contraseña123")).contains("identity.password.too-common");
	}

	@Test
	void aRepeatedCharacterIsRefused() {
		assertThat(this.policy.violations("ana", null, "aaaaaaaaaaaaaaaa")).contains("identity.password.too-common");
	}

	@Test
	void thePartsOfTheNameAndUsernameAreRefusedWhateverTheirCaseAndAccents() {
		String key = "identity.password.context-word";
		assertThat(this.policy.violations("maria.lopez", "María López Núñez", "LOPEZ river crossing"))
			.containsExactly(key);
		assertThat(this.policy.violations("maria.lopez", "María López Núñez", "the nunez family farm"))
			.containsExactly(key);
		assertThat(this.policy.violations("maria.lopez", "María López Núñez", "where is maria tonight"))
			.containsExactly(key);
		assertThat(this.policy.violations("mlopez", "Ana Li", "an old mlopez-free sentence"))
			.containsExactly("identity.password.contains-username");
	}

	@Test
	void wordsShorterThanThreeLettersAreNoContext() {
		assertThat(this.policy.violations("li.mx", "Li Xu", "limes and mxing tables")).isEmpty();
	}

	@Test
	void parleyAndTheOrganisationsOwnWordsAreRefused() {
		String key = "identity.password.context-word";
		assertThat(this.policy.violations("ana", null, "my parley password!")).containsExactly(key);
		assertThat(this.policy.violations("ana", null, "PaRlEy every tuesday")).containsExactly(key);
		assertThat(this.policy.violations("ana", null, "la accion del martes")).containsExactly(key);
		assertThat(this.policy.violations("ana", null, "ANDINA in the morning")).containsExactly(key);
	}

	@Test
	void overlongPasswordsAreRefused() {
		assertThat(this.policy.violations("ana", null, "x7".repeat(100))).contains("identity.password.too-long");
	}

	@Test
	void theLimitIsTheSeventyTwoBytesBcryptReadsSoSixtyFourPlainCharactersAreAllowed() {
		String sixtyFour = "the river crossing at dawn ".repeat(3).substring(0, 64);
		assertThat(sixtyFour).hasSize(64);
		assertThat(this.policy.violations("ana", null, sixtyFour)).isEmpty();
		assertThat(this.policy.violations("ana", null, "ab3 ".repeat(18))).doesNotContain("identity.password.too-long");
		assertThat(this.policy.violations("ana", null, "ab3 ".repeat(18) + "x")).contains("identity.password.too-long");
		// Sixty letters, but 120 bytes: more than BCrypt reads.
		assertThat(this.policy.violations("ana", null, "ñ".repeat(30) + "ü".repeat(30)))
			.contains("identity.password.too-long");
		assertThat(this.policy.violations("ana", null, "🙂🌊🚲🌵".repeat(5))).contains("identity.password.too-long");
	}

}
