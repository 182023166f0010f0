package org.parley.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Points the application at this run's test database, and gives it a clock tests can move
 * (known by the port the application serves, so that the sign-in helpers can show the
 * demo accounts' second-factor codes at the application's time: {@link DemoCodes}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock();
	}

	@Bean
	ApplicationListener<WebServerInitializedEvent> testClockByPort(MutableClock testClock) {
		return (event) -> DemoCodes.serving(event.getWebServer().getPort(), testClock);
	}

}
