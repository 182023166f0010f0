package org.parley.shared.web;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import org.parley.support.Axe;
import org.parley.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a demo user reaches by following links from the start page, checked in
 * Chromium: no serious or critical axe-core violation, no id used twice, and nothing
 * wider than a 390 px phone screen. A kind of page ({@code /cases/{id}}) is checked once
 * per role, not for every record; downloads and the sign-out are not followed. Then a few
 * pages in Spanish and French, where the language of the page and the translated labels
 * change. What is found, and how long the crawl took, is printed to the test output.
 */
class AccessibilityCrawlBrowserTest extends BrowserTest {

	/**
	 * The kinds of page (the same path, numbers aside) already checked for a role: the
	 * two field officers see the same kinds of page, each of their teams' records.
	 */
	private static final Map<String, Set<String>> CHECKED = new HashMap<>();

	/**
	 * Swagger UI (springdoc's copy of it, /swagger-ui.html): a third-party page whose
	 * markup and styles Parley does not write. Its own violations (colour contrast of its
	 * method badges, the servers select without a label, buttons in its operation
	 * summaries) are not checked here; its language and title are.
	 */
	private static final Pattern THIRD_PARTY = Pattern.compile("^/swagger-ui");

	private static final int PHONE = 390;

	/** Links not followed: downloads, JSON, the sign-out and sign-in, other languages. */
	private static final Pattern NOT_FOLLOWED = Pattern.compile(
			"^/(documents/|logout|login|webjars/|css/|js/|v3/api-docs|api/)|/file$|/dossier$|/network$|\\.(pem|jsonl|json|csv|pdf|zip)$");

	private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");

	/** Same-origin links of the page, without their fragment. */
	private static final String LINKS = """
			return Array.from(document.querySelectorAll('a[href]'))
			  .filter(function (a) { return !a.hasAttribute('download'); })
			  .map(function (a) { return a.href.split('#')[0]; })
			  .filter(function (href) { return href.indexOf(location.origin + '/') === 0; });""";

	/** Every id the page uses more than once. */
	private static final String DUPLICATE_IDS = """
			var seen = {}, twice = [];
			document.querySelectorAll('[id]').forEach(function (e) {
			  if (seen[e.id] && twice.indexOf(e.id) < 0) { twice.push(e.id); }
			  seen[e.id] = true;
			});
			return twice;""";

	/** How far the page scrolls sideways, in CSS pixels (0 when it fits). */
	private static final String OVERFLOW = "return document.documentElement.scrollWidth - window.innerWidth;";

	/** Whether the page has a language and a title. */
	private static final String NAMED = "return !!document.documentElement.lang && !!document.title.trim();";

	/** The page's language. */
	private static final String LANG = "return document.documentElement.lang;";

	/** The HTTP status of the page (an error page is checked too, and reported). */
	private static final String STATUS = "var n = performance.getEntriesByType('navigation')[0]; return n ? n.responseStatus : 0;";

	private final Map<String, Long> byRule = new TreeMap<>();

	private boolean phoneWide;

	/** Where the crawl's time goes, in milliseconds: printed with its figures. */
	private final Map<String, Long> spent = new TreeMap<>();

	private long lap = System.nanoTime();

	private void spent(String phase) {
		long now = System.nanoTime();
		this.spent.merge(phase, (now - this.lap) / 1_000_000, Long::sum);
		this.lap = now;
	}

	@ParameterizedTest
	@ValueSource(strings = { "field.mx", "field.sv", "hq", "auditor", "admin" })
	void everyPageADemoUserReachesIsAccessibleAndFitsAPhone(String username) {
		long started = System.nanoTime();
		Axe.install(this.browser);
		signInAs(username, "en");
		List<String> problems = new ArrayList<>();
		int visited = crawl(CHECKED.computeIfAbsent(username.startsWith("field.") ? "field" : username,
				(role) -> new LinkedHashSet<>()), problems);
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		System.out.printf(
				"Accessibility crawl as %s: %d pages in %d s (ms spent: %s), %d problems; serious or critical by rule: %s%n",
				username, visited, seconds, this.spent, problems.size(), this.byRule);
		problems.forEach((problem) -> System.out.println("  " + problem));
		assertThat(visited).as("pages visited").isGreaterThan(username.equals("field.sv") ? 0 : 5);
		assertThat(problems).isEmpty();
	}

	@Test
	void pagesInSpanishAndFrenchDeclareTheirLanguageAndPassAxe() {
		Axe.install(this.browser);
		List<String> problems = new ArrayList<>();
		for (String language : List.of("es", "fr")) {
			signInAs("hq", language);
			List<String> pages = new ArrayList<>(List.of("/", "/cases", "/armed-groups", "/incidents", "/access",
					"/notifications", "/account/password"));
			pages.addAll(firstLinks("/cases", "/cases/\\d+", 1));
			pages.addAll(firstLinks("/armed-groups", "/armed-groups/\\d+", 1));
			for (String page : pages) {
				this.chromium.open(page);
				Object lang = script(LANG);
				if (!language.equals(lang)) {
					problems.add("lang=\"" + lang + "\" instead of " + language + " on " + page);
				}
				check(language + " " + page, problems, false);
			}
			this.chromium.open("/?lang=en");
			this.browser.manage().deleteAllCookies();
		}
		problems.forEach((problem) -> System.out.println("  " + problem));
		assertThat(problems).isEmpty();
	}

	/**
	 * Follows links from the start page, breadth first, and checks each page; returns how
	 * many pages were checked.
	 */
	private int crawl(Set<String> kinds, List<String> problems) {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new LinkedHashSet<>(queue);
		int visited = 0;
		while (!queue.isEmpty()) {
			String page = queue.poll();
			this.lap = System.nanoTime();
			resize(true);
			spent("resize to phone");
			this.chromium.open(page);
			spent("load");
			String landed = path() + query();
			if (landed.startsWith("/login")) {
				problems.add("signed out at " + page);
				break;
			}
			if (THIRD_PARTY.matcher(page).find()) {
				if (!Boolean.TRUE.equals(script(NAMED))) {
					problems.add("no language or no title on " + page);
				}
				continue;
			}
			if (!check(page, problems, true)) {
				continue;
			}
			long status = ((Number) script(STATUS)).longValue();
			// A link shown to someone who may not follow it is a dead end (a 403), and a
			// server error a bug; a 404 (a record gone meanwhile) is only reported.
			if (status == 403 || status >= 500) {
				problems.add("a dead end: " + page + " answers " + status);
			}
			else if (status >= 400) {
				System.out.println("  " + page + " answers " + status);
			}
			visited++;
			@SuppressWarnings("unchecked")
			List<String> links = (List<String>) script(LINKS);
			spent("status and links");
			for (String link : links) {
				String target = relative(link);
				if (target == null || NOT_FOLLOWED.matcher(target.replaceFirst("\\?.*$", "")).find()
						|| target.contains("lang=") || !seen.add(target)) {
					continue;
				}
				String kind = NUMBER.matcher(target.replaceFirst("\\?.*$", "")).replaceAll("/{id}");
				if (kinds.add(kind)) {
					queue.add(target);
				}
			}
		}
		return visited;
	}

	/**
	 * Checks the open page: when asked, that it fits a phone (it was loaded at a phone's
	 * width: the graphs draw at the width they find), then, at a desktop's width (the
	 * menu is open there), axe-core and the duplicate id check. False when the page is
	 * not an HTML page.
	 */
	private boolean check(String page, List<String> problems, boolean width) {
		if (width) {
			long overflow = ((Number) script(OVERFLOW)).longValue();
			if (overflow > 0 && "text/html".equals(script("return document.contentType;"))) {
				this.byRule.merge("scrolls sideways at 390 px (own check)", 1L, Long::sum);
				problems.add("scrolls sideways by " + overflow + " px at " + PHONE + " px on " + page);
			}
			spent("phone width");
			resize(false);
			spent("resize to desktop");
		}
		List<Axe.Violation> violations = Axe.violations(this.browser);
		spent("axe");
		if (violations == null) {
			return false;
		}
		for (Axe.Violation violation : violations) {
			if (violation.fails()) {
				this.byRule.merge(violation.rule(), 1L, Long::sum);
				problems.add(violation.impact() + " " + violation.rule() + " on " + page + ": " + violation.targets());
			}
		}
		@SuppressWarnings("unchecked")
		List<String> twice = (List<String>) script(DUPLICATE_IDS);
		spent("ids");
		if (!twice.isEmpty()) {
			this.byRule.merge("duplicate-id (own check)", 1L, Long::sum);
			problems.add("ids used twice on " + page + ": " + twice);
		}
		return true;
	}

	private void resize(boolean phone) {
		if (phone != this.phoneWide) {
			this.browser.manage().window().setSize(phone ? new Dimension(PHONE, 844) : new Dimension(1280, 900));
			this.phoneWide = phone;
		}
	}

	/** The first links of a list page that match, as paths. */
	@SuppressWarnings("unchecked")
	private List<String> firstLinks(String listPage, String pattern, int count) {
		this.chromium.open(listPage);
		return ((List<String>) script(LINKS)).stream()
			.map(this::relative)
			.filter((target) -> target != null && target.matches(pattern))
			.distinct()
			.limit(count)
			.toList();
	}

	private String relative(String link) {
		URI uri = URI.create(link);
		String path = uri.getRawPath();
		if (path == null || path.isEmpty()) {
			return null;
		}
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

	private String query() {
		String url = this.browser.getCurrentUrl();
		int mark = url.indexOf('?');
		return (mark < 0) ? "" : url.substring(mark);
	}

	private Object script(String script) {
		return ((JavascriptExecutor) this.browser).executeScript(script);
	}

}
