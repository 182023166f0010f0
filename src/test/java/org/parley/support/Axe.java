package org.parley.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core (the npm package's script, as Deque's Java binding ships it: a test
 * dependency, never a CDN) in a page that Chromium opens, and what it finds there. The
 * script is added to every document the browser loads from then on, before the page's own
 * scripts, where the page's Content-Security-Policy does not reach.
 */
public final class Axe {

	/** The impacts that fail a page (axe's "moderate" and "minor" are reported only). */
	public static final List<String> FAILING = List.of("serious", "critical");

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			if (!window.axe || document.contentType !== 'text/html') { done(null); return; }
			axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
			  done(results.violations.map(function (v) {
			    return { rule: v.id, impact: v.impact || '', help: v.help,
			      targets: v.nodes.map(function (n) { return n.target.join(' '); }) };
			  }));
			}, function (error) { done([{ rule: 'axe-error', impact: 'critical', help: String(error), targets: [] }]); });
			""";

	private Axe() {
	}

	/** Makes axe-core part of every page this browser opens from now on. */
	public static void install(WebDriver browser) {
		String path = "axe.min.js";
		try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test class path: " + path);
			}
			String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			((ChromeDriver) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
					Map.of("source", source));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * axe-core's violations on the current page, all rules that axe runs by default, or
	 * null for a document that is not an HTML page (a file Chromium shows as text).
	 */
	@SuppressWarnings("unchecked")
	public static List<Violation> violations(WebDriver browser) {
		List<Map<String, Object>> found = (List<Map<String, Object>>) ((JavascriptExecutor) browser)
			.executeAsyncScript(RUN);
		if (found == null) {
			return null;
		}
		return found.stream()
			.map((v) -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
					(List<String>) v.get("targets")))
			.toList();
	}

	/** One rule broken on a page, and the elements (CSS selectors) that break it. */
	public record Violation(String rule, String impact, String help, List<String> targets) {

		public boolean fails() {
			return FAILING.contains(this.impact);
		}

	}

}
