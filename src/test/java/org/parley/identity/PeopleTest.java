package org.parley.identity;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How {@code @people} keeps names: each read once while it is kept, read again when it
 * expires or its account is renamed, and never failing a page. Names on the demo
 * accounts: {@link PeopleByNameTest}.
 */
class PeopleTest {

	@Test
	void aNameIsReadOnceWhileItIsKeptAndAgainAfter() {
		AtomicInteger reads = new AtomicInteger();
		AtomicLong now = new AtomicLong(0);
		People people = new People((u) -> {
			reads.incrementAndGet();
			return Optional.of("Mateo Ramírez");
		}, new StaticMessageSource(), now::get);

		assertThat(people.name("field.mx")).isEqualTo("Mateo Ramírez");
		assertThat(people.name("field.mx")).isEqualTo("Mateo Ramírez");
		assertThat(reads).hasValue(1);

		now.addAndGet(People.KEPT.toNanos() + 1);
		people.name("field.mx");
		assertThat(reads).hasValue(2);

		people.forget("field.mx");
		people.name("field.mx");
		assertThat(reads).hasValue(3);
	}

	@Test
	void aFailedLookupShowsTheUsernameRatherThanFailingThePage() {
		People people = new People((u) -> {
			throw new DataAccessResourceFailureException("database away");
		}, new StaticMessageSource(), System::nanoTime);

		assertThat(people.name("field.mx")).isEqualTo("field.mx");
	}

}
