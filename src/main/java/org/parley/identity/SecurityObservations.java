package org.parley.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security wraps each of its filters in an observation when an observation
 * registry exists (the actuator makes one). Nothing reads those spans here, and the
 * wrapping cost a measurable share of the lightest page (docs/performance.md); requests
 * are still timed as a whole ({@code http.server.requests}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

}
