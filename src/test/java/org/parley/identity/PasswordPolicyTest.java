package org.parley.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void aLongUncommonPasswordIsAccepted() {
		assertThat(this.policy.violations("field.mx", "tuesday clinic by the river")).isEmpty();
	}

	@Test
	void elevenCharactersAreTooFew() {
		assertThat(this.policy.violations("field.mx", "abcdefghijk")).containsExactly("identity.password.too-short");
	}

	@Test
	void thePasswordMustNotContainTheUsername() {
		assertThat(this.policy.violations("field.mx", "my-field.mx-password"))
			.contains("identity.password.contains-username");
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(this.policy.violations("ana", "PasswordPassword")).contains("identity.password.too-common");
		assertThat(this.policy.violations("ana", "123456789012")).contains("identity.password.too-common");
		assertThat(this.policy.violations("ana", "contraseña123")).contains("identity.password.too-common");
	}

	@Test
	void aRepeatedCharacterIsRefused() {
		assertThat(this.policy.violations("ana", "aaaaaaaaaaaaaaaa")).contains("identity.password.too-common");
	}

	@Test
	void overlongPasswordsAreRefused() {
		assertThat(this.policy.violations("ana", "x7".repeat(70))).contains("identity.password.too-long");
	}

}
