package org.parley.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.parley.support.BrowserTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page costs a field office's slow line, as Chromium itself counts it (Navigation
 * and Resource Timing: bytes on the wire, headers included; a file taken from the cache
 * counts 0): the first page after sign-in with an empty cache, then another page with the
 * cache the first one left. The figures, per file, are printed to the test output.
 */
class PageWeightBrowserTest extends BrowserTest {

	private static final String ENTRIES = """
			return performance.getEntries()
				.filter((e) => e.entryType === 'navigation' || e.entryType === 'resource')
				.map((e) => [new URL(e.name).pathname, e.transferSize, e.encodedBodySize, e.decodedBodySize]);
			""";

	@Test
	void theFirstPageAfterSignInCostsUnder200KbAndTheNextPageUnder30Kb() {
		this.chromium.open("/login?lang=en");
		// The sign-in page loaded the same files: forget them, so that the first page
		// after sign-in starts from an empty cache.
		((ChromeDriver) this.browser).executeCdpCommand("Network.clearBrowserCache", Map.of());
		this.chromium.signIn("field.mx", "parley-demo");
		this.wait.until(ExpectedConditions.urlMatches(".*/$"));
		Map<String, Long> first = weigh("First page after sign-in, empty cache (/)");

		this.chromium.open("/cases");
		Map<String, Long> next = weigh("Next page, cache warm (/cases)");

		assertThat(total(first)).isLessThan(200 * 1024);
		assertThat(total(next)).isLessThan(30 * 1024);
		assertThat(next).as("static files fetched again").allSatisfy((path, bytes) -> {
			if (StaticFiles.PATHS.stream().anyMatch(path::startsWith)) {
				assertThat(bytes).as(path).isZero();
			}
		});
	}

	/**
	 * Waits for the page to finish loading, prints what it transferred, and returns the
	 * bytes transferred by path.
	 */
	private Map<String, Long> weigh(String title) {
		this.wait.until((browser) -> "complete".equals(script("return document.readyState")));
		@SuppressWarnings("unchecked")
		List<List<Object>> entries = (List<List<Object>>) script(ENTRIES);
		StringBuilder report = new StringBuilder(title).append('\n');
		report.append(String.format("  %10s %10s %10s  %s%n", "transfer", "encoded", "decoded", "path"));
		Map<String, Long> transferred = new LinkedHashMap<>();
		for (List<Object> entry : entries) {
			transferred.merge((String) entry.get(0), ((Number) entry.get(1)).longValue(), Long::sum);
			report.append(String.format("  %10s %10s %10s  %s%n", kb((Number) entry.get(1)), kb((Number) entry.get(2)),
					kb((Number) entry.get(3)), entry.get(0)));
		}
		report.append(String.format("  %10s  in all%n", kb(total(transferred))));
		System.out.print(report);
		return transferred;
	}

	private static long total(Map<String, Long> transferred) {
		return transferred.values().stream().mapToLong(Long::longValue).sum();
	}

	private Object script(String script) {
		return ((JavascriptExecutor) this.browser).executeScript(script);
	}

	private static String kb(Number bytes) {
		return String.format("%.1f KB", bytes.longValue() / 1024.0);
	}

}
