package org.parley.identity;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People by their names on the pages ({@code @people}): the demo's accounts by their
 * display names with the username beside, the application itself in the reader's
 * language, and anyone else by the username the record holds.
 */
@IntegrationTest
class PeopleByNameTest {

	@Autowired
	People people;

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aKnownUserReadsByTheirDisplayNameWithTheUsernameBeside() {
		assertThat(this.people.name("field.sv")).isEqualTo("Sofía Hernández");
		assertThat(this.people.name("hq")).isEqualTo("Helena Brandt");
		assertThat(this.people.username("field.sv")).isEqualTo("field.sv");
	}

	@Test
	void anUnknownUsernameStaysAsItIsWithNothingBeside() {
		assertThat(this.people.name("left.in.2019")).isEqualTo("left.in.2019");
		assertThat(this.people.username("left.in.2019")).isNull();
	}

	@Test
	void theApplicationItselfIsNamedInTheReadersLanguage() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
		assertThat(this.people.name("system")).isEqualTo("Parley (automático)");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.people.name("system")).isEqualTo("Parley (automatic)");
		assertThat(this.people.username("system")).isNull();
	}

	@Test
	void noOneIsNamedByNothing() {
		assertThat(this.people.name(null)).isEmpty();
		assertThat(this.people.username(null)).isNull();
	}

}
