package org.parley.identity;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A stranger's request leaves nothing on the server: 100,000 anonymous requests to
 * protected pages, API routes and the sign-in page create no session and keep no memory.
 */
@IntegrationTest
class NoStateForStrangersTest {

	private static final Logger log = LoggerFactory.getLogger(NoStateForStrangersTest.class);

	/** Protected pages and API routes: what a flood would aim at. */
	private static final List<String> PATHS = List.of("/", "/cases", "/cases/1", "/cases/1/agreements", "/armed-groups",
			"/armed-groups/4", "/incidents", "/admin/users", "/audit", "/notifications", "/account/sessions",
			"/account/password", "/?lang=es", "/no/such/page", "/api/v1/me", "/api/v1/cases", "/api/v1/cases/1",
			"/v3/api-docs");

	/** Over HTTP, the sign-in page too: its CSRF token must not need a session. */
	private static final List<String> OVER_HTTP_PATHS = List.of("/login", "/login?lang=es", "/", "/cases/1",
			"/api/v1/cases");

	private static final int REQUESTS = Integer.getInteger("flood.requests", 100_000);

	private static final int OVER_HTTP = 2_000;

	/** What 100,000 sessions holding a saved request would take is hundreds of MB. */
	private static final long HEAP_BOUND = 24L * 1024 * 1024;

	@Autowired
	Sessions sessions;

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext webContext;

	@BeforeEach
	void realCsrfTokens() {
		AppCsrfTokens.restore(this.webContext);
	}

	@Test
	void oneHundredThousandAnonymousRequestsCreateNoSessionAndKeepNoMemory() throws Exception {
		// Not the shared MockMvc: it keeps what it would print of every request until the
		// test ends (to show it if the test fails), which is itself a flood of memory.
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.webContext).apply(springSecurity()).build();
		for (int i = 0; i < 2_000; i++) {
			mvc.perform(get(PATHS.get(i % PATHS.size())));
		}
		int sessionsBefore = this.sessions.count();
		long heapBefore = retainedHeap();
		long start = System.nanoTime();

		int withSession = 0;
		for (int i = 0; i < REQUESTS; i++) {
			MvcResult result = mvc.perform(get(PATHS.get(i % PATHS.size()))).andReturn();
			int status = result.getResponse().getStatus();
			assertThat(status).isIn(200, 302, 401, 404);
			if (result.getRequest().getSession(false) != null) {
				withSession++;
			}
		}
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		int sessionCookies = 0;
		for (int i = 0; i < OVER_HTTP; i++) {
			HttpResponse<Void> response = client.send(HttpRequest
				.newBuilder(
						URI.create("http://localhost:" + this.port + OVER_HTTP_PATHS.get(i % OVER_HTTP_PATHS.size())))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.discarding());
			if (response.headers()
				.allValues("Set-Cookie")
				.stream()
				.anyMatch((cookie) -> cookie.startsWith("PARLEY_SESSION="))) {
				sessionCookies++;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		long heapAfter = retainedHeap();
		int sessionsAfter = this.sessions.count();
		log.info(
				"{} anonymous requests in process and {} over HTTP in {} s: sessions {} -> {}, retained heap {} -> {} MB",
				REQUESTS, OVER_HTTP, String.format("%.1f", seconds), sessionsBefore, sessionsAfter,
				heapBefore / (1024 * 1024), heapAfter / (1024 * 1024));

		assertThat(withSession).as("requests that were given a session").isZero();
		assertThat(sessionCookies).as("responses that set a session cookie").isZero();
		assertThat(sessionsAfter).as("sessions held by the server").isLessThanOrEqualTo(sessionsBefore);
		assertThat(heapAfter - heapBefore).as("retained heap growth").isLessThan(HEAP_BOUND);
	}

	private static long retainedHeap() throws InterruptedException {
		long used = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
			used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}
		return used;
	}

}
