package org.parley.identity;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in, session and API settings ({@code parley.security.*}).
 *
 * @param lockout when repeated failed sign-ins lock an account (or a name that is no
 * account: it is told the same), and for how long
 * @param addressLockout when repeated failed sign-ins from one client address refuse
 * every sign-in from it, and for how long
 * @param sessions how long a signed-in session lasts without use, and at most
 * @param api how many API calls one token or one session may make: a burst, then a steady
 * rate
 * @param contextWords the organisation's own words (its name, its acronym, its places)
 * that no password may contain, besides "parley" and the user's names
 * @param mfa who must sign in with a second factor, and how long the code page waits
 */
@ConfigurationProperties("parley.security")
record SecurityProperties(@DefaultValue Lockout lockout, @DefaultValue AddressLockout addressLockout,
		@DefaultValue Sessions sessions, @DefaultValue Api api, @DefaultValue List<String> contextWords,
		@DefaultValue Mfa mfa) {

	record Lockout(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {

	}

	record AddressLockout(@DefaultValue("30") int maxFailures, @DefaultValue("15m") Duration duration) {

	}

	record Sessions(@DefaultValue("30m") Duration idle, @DefaultValue("12h") Duration absolute) {

	}

	/**
	 * @param requiredRoles the roles whose holders must have a second factor: sent to
	 * enrol at sign-in until they have one (the roles that see names, by default; add
	 * FIELD_OFFICER to require it of everyone)
	 * @param pendingLifetime how long, after the password, the code may still be typed
	 */
	record Mfa(@DefaultValue( {
			"HQ_REVIEWER", "AUDITOR", "ADMIN" }) Set<Role> requiredRoles, @DefaultValue("5m") Duration pendingLifetime){

	}

	record Api(@DefaultValue("100") int burst, @DefaultValue("20") int perSecond) {

	}

}
