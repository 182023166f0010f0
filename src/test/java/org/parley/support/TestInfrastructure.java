package org.parley.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Points the application at this run's test database, and gives it a clock tests can
 * move.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

}
