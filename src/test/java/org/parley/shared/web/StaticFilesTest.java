package org.parley.shared.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.Test;
import org.parley.support.Browserless;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files as the servlet container sends them: versioned URLs in the pages, kept by
 * browsers for a year, compressed; pages with case data never stored.
 */
@IntegrationTest
class StaticFilesTest {

	private static final String[] KEPT_FOR_A_YEAR = { "immutable", "max-age=31536000", "public" };

	private static final Pattern FINGERPRINTED = Pattern.compile("/(css|js)/parley-[0-9a-f]{32}\\.(css|js)");

	private static final Pattern WEBJAR = Pattern
		.compile("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap.min.css");

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext context;

	@Test
	void pagesLinkTheirStaticFilesByVersionedUrls() {
		String page = text(get("/login", null));

		assertThat(page).containsPattern("/css/parley-[0-9a-f]{32}\\.css")
			.containsPattern("/js/parley-[0-9a-f]{32}\\.js")
			.containsPattern(WEBJAR)
			.containsPattern("/webjars/htmx.org/\\d+\\.\\d+\\.\\d+/dist/htmx.min.js")
			.doesNotContain("/css/parley.css", "/js/parley.js", "/webjars/bootstrap/dist");
	}

	@Test
	void ourOwnCssAndJavaScriptAreKeptForAYearAndSentCompressed() throws IOException {
		String page = text(get("/login", null));
		Matcher files = FINGERPRINTED.matcher(page);
		while (files.find()) {
			HttpResponse<byte[]> file = get(files.group(), null);

			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(directives(file)).containsExactlyInAnyOrder(KEPT_FOR_A_YEAR);
			assertThat(encoding(file)).hasValue("gzip");
			String unversioned = files.group().replaceFirst("-[0-9a-f]{32}", "");
			assertThat(gunzip(file.body()))
				.isEqualTo(new ClassPathResource("static" + unversioned).getContentAsByteArray());
		}
	}

	@Test
	void aWebJarByItsVersionIsKeptForAYearAndSentCompressed() {
		String page = text(get("/login", null));
		Matcher bootstrap = WEBJAR.matcher(page);
		assertThat(bootstrap.find()).isTrue();

		HttpResponse<byte[]> file = get(bootstrap.group(), null);

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(directives(file)).containsExactlyInAnyOrder(KEPT_FOR_A_YEAR);
		assertThat(encoding(file)).hasValue("gzip");
		assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying((type) -> type.startsWith("text/css"));
	}

	@Test
	void aUrlWithoutItsVersionIsServedButAskedForAgainBeforeEachUse() {
		for (String path : new String[] { "/css/parley.css", "/js/parley.js", "/webjars/htmx.org/dist/htmx.min.js" }) {
			HttpResponse<byte[]> file = get(path, null);

			assertThat(file.statusCode()).as(path).isEqualTo(200);
			assertThat(directives(file)).as(path).containsExactly("no-cache");
			assertThat(file.headers().firstValue("Last-Modified")).as(path).isPresent();
		}
	}

	@Test
	void aStaleFingerprintIsNotFoundAndNotKept() {
		HttpResponse<byte[]> file = get("/css/parley-0123456789abcdef0123456789abcdef.css", null);

		assertThat(file.statusCode()).isEqualTo(404);
		assertThat(directives(file)).contains("no-store").doesNotContain("immutable");
	}

	@Test
	void aPageWithCaseDataIsNeverStoredAndIsSentCompressed() {
		HttpResponse<byte[]> page = getSignedIn("/cases?lang=en");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(directives(page)).contains("no-store").doesNotContain("public", "immutable");
		assertThat(encoding(page)).hasValue("gzip");
		assertThat(text(page)).contains("Cases").containsPattern(FINGERPRINTED);
	}

	@Test
	void jsonIsSentCompressedAndNeverStored() {
		HttpResponse<byte[]> description = getSignedIn("/v3/api-docs");

		assertThat(description.statusCode()).isEqualTo(200);
		assertThat(description.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> type.startsWith("application/json"));
		assertThat(encoding(description)).hasValue("gzip");
		assertThat(directives(description)).contains("no-store");
		assertThat(text(description)).contains("Parley API");
	}

	@Test
	void theServerCompressesPagesStylesScriptsJsonProblemsAndSvg() {
		TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
		AbstractHttp11Protocol<?> http = (AbstractHttp11Protocol<?>) server.getTomcat()
			.getConnector()
			.getProtocolHandler();

		assertThat(http.getCompression()).isEqualTo("on");
		assertThat(http.getCompressibleMimeTypes()).contains("text/html", "text/css", "text/javascript",
				"application/javascript", "application/json", "application/problem+json", "image/svg+xml");
	}

	@Test
	void noFilterPassesEveryLinkOfAPageThroughTheResourceResolvers() {
		assertThat(this.context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
		assertThat(this.context.getBeansOfType(FilterRegistrationBean.class).values())
			.noneMatch((registration) -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
	}

	/** A GET by the field officer of the Mexico office, signed in through the form. */
	private HttpResponse<byte[]> getSignedIn(String path) {
		Browserless browser = new Browserless(this.port);
		browser.signIn("field.mx", "parley-demo");
		return get(path, browser.session());
	}

	/** A GET as a browser sends it: accepting gzip, with the session cookie if given. */
	private HttpResponse<byte[]> get(String path, String session) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html,application/json,*/*")
			.header("Accept-Encoding", "gzip");
		if (session != null) {
			request.header("Cookie", "PARLEY_SESSION=" + session);
		}
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String[] directives(HttpResponse<?> response) {
		return Arrays.stream(response.headers().firstValue("Cache-Control").orElse("").split(","))
			.map(String::strip)
			.toArray(String[]::new);
	}

	private static Optional<String> encoding(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Encoding");
	}

	/** The body as sent before compression. */
	private static String text(HttpResponse<byte[]> response) {
		boolean gzipped = encoding(response).filter("gzip"::equals).isPresent();
		return new String(gzipped ? gunzip(response.body()) : response.body(), StandardCharsets.UTF_8);
	}

	private static byte[] gunzip(byte[] body) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
