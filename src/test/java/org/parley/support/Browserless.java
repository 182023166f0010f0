package org.parley.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with cookies against the running application: what a browser does,
 * minus the browser. Used where the servlet container matters (error pages, session ids).
 */
public final class Browserless {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final int port;

	private final CookieManager cookies;

	private final HttpClient client;

	public Browserless(int port) {
		this(port, new CookieManager());
	}

	private Browserless(int port, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.port = port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The same browser, with the same cookies, at another port of the same host: another
	 * instance of the application behind what would be one address.
	 */
	public Browserless at(int otherPort) {
		return new Browserless(otherPort, this.cookies);
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build());
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * Signs in through the sign-in form, as a person would, with the code of the demo
	 * accounts' second factor when the second page asks for it.
	 * @return the last answer: the password's, or the code's if one was asked
	 */
	public HttpResponse<String> signIn(String username, String password) {
		HttpResponse<String> answer = signInWithPassword(username, password);
		if (answer.headers().firstValue("Location").filter((l) -> l.endsWith("/sign-in/code")).isPresent()) {
			return enterCode(DemoCodes.next(this.port));
		}
		return answer;
	}

	/** Only the first page of signing in: the password. */
	public HttpResponse<String> signInWithPassword(String username, String password) {
		String csrf = csrf(get("/login").body());
		return post("/login", Map.of("username", username, "password", password, "_csrf", csrf));
	}

	/** The second page of signing in: a code of the app, or a recovery code. */
	public HttpResponse<String> enterCode(String code) {
		String csrf = csrf(get("/sign-in/code").body());
		return post("/sign-in/code", Map.of("code", code, "_csrf", csrf));
	}

	public String session() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("PARLEY_SESSION"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	public static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token in page");
		}
		return matcher.group(1);
	}

	private HttpResponse<String> send(HttpRequest plain) {
		// What a browser asks for: HTML, in whatever language the page chooses.
		HttpRequest request = HttpRequest.newBuilder(plain, (name, value) -> true)
			.header("Accept", "text/html,application/xhtml+xml")
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
