package org.parley.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * Cookies are {@code Secure} and HSTS is sent whenever a request arrived over TLS,
 * directly or through a trusted proxy (and only then); forwarded headers from anyone else
 * are ignored; redirects never take their host from the request.
 */
@IntegrationTest
class TransportSecurityTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	WebApplicationContext webContext;

	@BeforeEach
	void realCsrfTokens() {
		AppCsrfTokens.restore(this.webContext);
	}

	@Test
	void aRedirectIsNeverBuiltFromTheHostHeader() throws IOException {
		for (String path : new String[] { "/", "/cases/1", "/account/sessions" }) {
			String answer = send("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\n"
					+ "X-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n");
			assertThat(answer).startsWith("HTTP/1.1 302").contains("Location: /login").doesNotContain("evil.example");
		}
	}

	@Test
	void overTlsTheCookiesAreSecureAndHstsIsSent() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
			.andExpect(cookie().secure("PARLEY_CSRF", true))
			.andExpect(cookie().httpOnly("PARLEY_CSRF", true));
		this.mvc.perform(get("/login").secure(false))
			.andExpect(header().doesNotExist("Strict-Transport-Security"))
			.andExpect(cookie().secure("PARLEY_CSRF", false));
	}

	@Test
	void forwardedHeadersAreIgnoredUnlessTheyComeFromATrustedProxy() throws IOException {
		String forwarded = "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
				+ "X-Forwarded-For: 192.0.2.10\r\nConnection: close\r\n\r\n";
		assertThat(send(forwarded)).startsWith("HTTP/1.1 200")
			.doesNotContain("Strict-Transport-Security")
			.doesNotContainPattern("PARLEY_CSRF=[^\\r]*Secure");

		RemoteIpValve valve = remoteIpValve();
		String before = valve.getInternalProxies();
		valve.setInternalProxies("127\\.0\\.0\\.1|0:0:0:0:0:0:0:1|::1");
		try {
			String answer = send(forwarded);
			assertThat(answer).startsWith("HTTP/1.1 200")
				.contains("Strict-Transport-Security")
				.containsPattern("PARLEY_CSRF=[^\\r]*Secure");
		}
		finally {
			valve.setInternalProxies(before);
		}
	}

	private RemoteIpValve remoteIpValve() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		Valve[] valves = server.getTomcat().getEngine().getPipeline().getValves();
		return Arrays.stream(valves)
			.filter(RemoteIpValve.class::isInstance)
			.map(RemoteIpValve.class::cast)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No RemoteIpValve: forwarded headers are not handled by Tomcat"));
	}

	private String send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			int headersEnd = answer.indexOf("\r\n\r\n");
			return (headersEnd > 0) ? answer.substring(0, headersEnd) : answer;
		}
	}

}
