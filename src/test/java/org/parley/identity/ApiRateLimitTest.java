package org.parley.identity;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;
import org.parley.support.MutableClock;
import org.parley.support.SecurityLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * API calls are limited per access token: a burst, then a steady rate; beyond it a 429
 * problem with {@code Retry-After}.
 */
@IntegrationTest
class ApiRateLimitTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	SecurityProperties properties;

	@Autowired
	MutableClock clock;

	@Test
	void oneHundredFiftyCallsInAMomentAreCutOffWithRetryAfter() throws Exception {
		String token = TestTokens.issue(this.context, "field.mx");
		int ok = 0;
		MockHttpServletResponse refused = null;
		List<String> logged;
		try (MutableClock.Pinned stopped = this.clock.stop(); SecurityLog log = SecurityLog.capture()) {
			for (int i = 0; i < 150; i++) {
				MockHttpServletResponse response = this.mvc
					.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
					.andReturn()
					.getResponse();
				if (response.getStatus() == 200) {
					ok++;
				}
				else {
					assertThat(response.getStatus()).isEqualTo(429);
					refused = response;
				}
			}
			logged = log.lines("rate-limited");
		}
		// One line in the security log for each refusal, without the token.
		assertThat(logged).hasSize(150 - ok)
			.allSatisfy(
					(line) -> assertThat(line).contains(" user=field.mx ", " path=/api/v1/me ").doesNotContain(token));

		// the clock stood still: exactly the burst went through, however slow the machine
		assertThat(ok).isEqualTo(this.properties.api().burst());
		assertThat(refused).isNotNull();
		assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		assertThat(refused.getContentAsString()).contains("\"status\":429", "Too many requests");
		assertThat(Long.parseLong(refused.getHeader(HttpHeaders.RETRY_AFTER))).isPositive();

		// another token has its own bucket
		this.mvc
			.perform(get("/api/v1/me").header(HttpHeaders.AUTHORIZATION,
					"Bearer " + TestTokens.issue(this.context, "field.mx")))
			.andExpect(status().isOk());
	}

	@Test
	void theBucketRefillsAtTheConfiguredRateAndStaysBounded() {
		AtomicLong now = new AtomicLong();
		ApiRateLimiter limiter = new ApiRateLimiter(2, 1, now::get);
		assertThat(limiter.take("a")).isZero();
		assertThat(limiter.take("a")).isZero();
		assertThat(limiter.take("a")).isEqualTo(1);
		now.addAndGet(1_000_000_000L);
		assertThat(limiter.take("a")).isZero();
		assertThat(limiter.take("b")).isZero();

		for (int i = 0; i < ApiRateLimiter.MAX_CLIENTS + 10; i++) {
			limiter.take("client " + i);
		}
		assertThat(limiter.size()).isEqualTo(ApiRateLimiter.MAX_CLIENTS);
	}

}
