package org.parley.identity;

import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The application's real access rules and language switch for a web-slice test
 * ({@link org.parley.support.WebSliceTest}): {@link SecurityConfiguration} with its
 * filters and handlers, {@link IdentityWebConfiguration}, and {@link People} for the
 * templates' names. What they would read from the database is a mock: every account is
 * enabled and unchanged since its user signed in (see {@link SignedIn}), no personal
 * access token exists, and nobody has a display name (pages name people by their
 * usernames).
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
@Import({ SecurityConfiguration.class, IdentityWebConfiguration.class, UserRefreshFilter.class, LanguageOnSignIn.class,
		ApiProblems.class, People.class, SignInThrottle.class, ApiRateLimiter.class })
public class SecuritySlice {

	@Bean
	UserAccountRepository userAccountRepository() {
		UserAccountRepository accounts = mock(UserAccountRepository.class);
		given(accounts.findVersionIfEnabled(anyLong())).willReturn(Optional.of(SignedIn.VERSION));
		return accounts;
	}

	@Bean
	ParleyUserDetailsService parleyUserDetailsService() {
		return mock(ParleyUserDetailsService.class);
	}

	/** Nobody of a slice test has a second factor, and none is required of them. */
	@Bean
	SecondFactors secondFactors() {
		SecondFactors factors = mock(SecondFactors.class);
		given(factors.status(anyLong())).willReturn(new SecondFactors.Status(false, null, 0));
		return factors;
	}

	/** The administrators' two-person requests; the slice's pages only ask for them. */
	@Bean
	AccessGrants accessGrants() {
		return mock(AccessGrants.class);
	}

	@Bean
	SecondFactorSignIn secondFactorSignIn() {
		return mock(SecondFactorSignIn.class);
	}

	/**
	 * Sessions are in the database, which a slice has not: every session is in its
	 * lifetime.
	 */
	@Bean
	Sessions sessions() {
		Sessions sessions = mock(Sessions.class);
		given(sessions.seen(any(), any(), anyLong())).willReturn(true);
		return sessions;
	}

	@Bean
	PersonalAccessTokens personalAccessTokens() {
		return mock(PersonalAccessTokens.class);
	}

}
