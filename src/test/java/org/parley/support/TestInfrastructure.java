package org.parley.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Points the application at this run's test database, and gives it a clock tests can move
 * (known by the port the application serves, so that the sign-in helpers can show the
 * demo accounts' second-factor codes at the application's time: {@link DemoCodes}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructure {

	/**
	 * MockMvc requests keep MockMvc's own session ({@code MockHttpSession}, flash
	 * attributes handed from one request to the next), as the tests written against it
	 * expect: Spring Session's filter, which MockMvc applies like every filter of the
	 * context, finds them already filtered and lets them pass. Requests over HTTP to the
	 * running server go through the session table as in production (decision 0030).
	 */
	@Bean
	MockMvcBuilderCustomizer mockMvcKeepsItsOwnSessions() {
		return (builder) -> builder.defaultRequest(MockMvcRequestBuilders.get("/")
			.requestAttr(SessionRepositoryFilter.class.getName() + ".FILTERED", Boolean.TRUE));
	}

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
