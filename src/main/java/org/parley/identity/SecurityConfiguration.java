package org.parley.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;

import org.parley.shared.SecurityEvents;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may reach what, and how the browser is told to protect pages. Hiding a button is a
 * courtesy; this and the checks in services are the protection.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: everything comes from the application's own
	 * origin.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	/**
	 * No page of Parley needs the camera, the microphone, the location or any other
	 * powerful feature: none is granted, to Parley or to anything framed in it.
	 */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
			+ "display-capture=(), screen-wake-lock=(), xr-spatial-tracking=()";

	/** The API: answers with problems, never with pages or redirects. */
	static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

	/** A request that presents a personal access token. */
	static final RequestMatcher BEARER = BearerTokenFilter::presentsToken;

	/**
	 * What a personal access token may reach: the API, its description, and (for
	 * administrators) the actuator. Pages are for people with a session: a token can
	 * neither drive the forms nor create more tokens.
	 */
	static final RequestMatcher TOKEN_SCOPE = new OrRequestMatcher(API,
			PathPatternRequestMatcher.pathPattern("/v3/api-docs/**"),
			PathPatternRequestMatcher.pathPattern("/actuator/**"));

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserRefreshFilter userRefreshFilter,
			LanguageOnSignIn languageOnSignIn, SecurityContextRepository securityContextRepository,
			PersonalAccessTokens tokens, ApiProblems apiProblems, SignInThrottle signInThrottle,
			AuthenticationEventPublisher authenticationEvents, ApiRateLimiter apiRateLimiter, Sessions sessions,
			CsrfTokenRepository csrfTokens) throws Exception {
		ExceptionMappingAuthenticationFailureHandler failureHandler = new ExceptionMappingAuthenticationFailureHandler();
		failureHandler.setDefaultFailureUrl("/login?error");
		failureHandler.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked",
				// A disabled account is told no more than a wrong password, so names
				// cannot be probed.
				DisabledException.class.getName(), "/login?error"));
		RequestMatcher apiClient = new OrRequestMatcher(API, BEARER);
		// A stranger's request leaves nothing on the server: the page asked for before
		// signing in is remembered only in a session that already exists.
		HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
		requestCache.setCreateSessionAllowed(false);
		languageOnSignIn.setRequestCache(requestCache);
		// Redirects to the sign-in page are relative: never built from the Host header.
		LoginUrlAuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");
		signInPage.setFavorRelativeUris(true);
		http.authorizeHttpRequests((requests) -> requests
			// The second page of signing in answers only a sign-in pending there
			// (SecondFactorSignInController); anyone else is sent on.
			.requestMatchers("/sign-in/code", "/sign-in/enrol")
			.permitAll()
			.requestMatchers("/login", "/password-reset", "/webjars/**", "/css/**", "/js/**", "/images/**",
					"/favicon.ico", "/error", "/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.requestMatchers(new AndRequestMatcher(BEARER, new NegatedRequestMatcher(TOKEN_SCOPE)))
			.denyAll()
			.requestMatchers("/actuator/**", "/admin/**")
			.hasRole(Role.ADMIN.name())
			// What one person read: HQ reviewers too, for their teams' records.
			.requestMatchers("/audit/reads")
			.hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name(), Role.HQ_REVIEWER.name())
			.requestMatchers("/audit/**")
			.hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
			// The API description and Swagger UI: signed-in users only.
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.authenticated()
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(languageOnSignIn)
				.failureHandler(failureHandler)
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// A browser never sends an Authorization header across sites on its own (it
			// would need a CORS preflight that Parley does not allow), so a request that
			// carries a bearer token cannot be forged: it needs no CSRF token. A request
			// that relies on the session cookie still does, on the API too.
			.requestCache((cache) -> cache.requestCache(requestCache))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens).ignoringRequestMatchers(BEARER))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new DelegatingAuthenticationEntryPoint(signInPage,
						new RequestMatcherEntry<>(apiClient, apiProblems)))
				.accessDeniedHandler(logged(new RequestMatcherDelegatingAccessDeniedHandler(
						new LinkedHashMap<>(Map.of(apiClient, apiProblems)), new AccessDeniedHandlerImpl()))))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				// Sent only on requests that arrived over TLS (directly, or through a
				// trusted proxy: server.tomcat.remoteip.internal-proxies).
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.contentTypeOptions((options) -> {
				})
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.crossOriginOpenerPolicy((opener) -> opener.policy(
						org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new BearerTokenFilter(tokens, apiProblems), BasicAuthenticationFilter.class)
			.addFilterBefore(new SignInThrottleFilter(signInThrottle, failureHandler, authenticationEvents),
					UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(userRefreshFilter, AuthorizationFilter.class)
			.addFilterBefore(new SessionLifetimeFilter(sessions, apiProblems), AuthorizationFilter.class)
			.addFilterBefore(new ApiRateLimitFilter(apiRateLimiter, apiProblems), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * Every refusal of the URL rules, the route guards, the read-only roles and the CSRF
	 * check passes here (a refusal the API's advice answers is logged there): one line in
	 * the security log each.
	 */
	private static AccessDeniedHandler logged(AccessDeniedHandler handler) {
		return (request, response, exception) -> {
			// A sign-in that still waits for its second factor is sent back to it: it is
			// no refusal of a signed-in user.
			if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending pending
					&& !API.matches(request) && !(exception instanceof CsrfException)) {
				response.sendRedirect(request.getContextPath() + pending.stage().page());
				return;
			}
			SecurityEvents.record(
					(exception instanceof CsrfException) ? SecurityEvents.Kind.CSRF : SecurityEvents.Kind.FORBIDDEN,
					request);
			handler.handle(request, response, exception);
		};
	}

	/**
	 * The CSRF token in a cookie (double submit) rather than in the session, so that the
	 * sign-in page needs no session either. {@code Secure} when the request came over
	 * TLS.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieName("PARLEY_CSRF");
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return csrfTokens;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * BCrypt today, through the delegating encoder so that stored hashes can move to a
	 * stronger one; a password longer than BCrypt reads never matches.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new BoundedPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

}
