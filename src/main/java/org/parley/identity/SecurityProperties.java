package org.parley.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code parley.security.*}).
 *
 * @param lockout when repeated failed sign-ins lock an account, and for how long
 */
@ConfigurationProperties("parley.security")
record SecurityProperties(@DefaultValue Lockout lockout) {

	record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {

	}

}
