package org.parley.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.parley.agreement.Agreements;
import org.parley.agreement.internal.AgreementWorkflow;
import org.parley.agreement.monitoring.ObligationSchedule;
import org.parley.negotiation.CaseWorkflow;
import org.parley.shared.TeamCalendar;
import org.parley.support.BrowserTest;
import org.parley.support.Chromium;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the journeys of issue 18 share: the user's language, Parley's own words in it
 * (from the same bundles the pages use, so a test asserts the translated word and never a
 * code), screenshots at desktop and phone size under {@code target/journeys/<lang>/},
 * copied into the user guide's pictures when {@code -Dparley.docs.write=true}, and, on a
 * slow network, how long each page took to load.
 */
abstract class Journey extends BrowserTest {

	static final Dimension DESKTOP = new Dimension(1280, 900);

	static final Dimension PHONE = new Dimension(390, 844);

	/** Chromium's "slow 3G": 400 ms of latency, 400 kbit/s each way. */
	static final Map<String, Object> SLOW_3G = Map.of("offline", false, "latency", 400, "downloadThroughput", 50_000,
			"uploadThroughput", 50_000);

	static final long USABLE_WITHIN_MS = 5_000;

	private static final Path SHOTS = Path.of("target", "journeys");

	private static final Path GUIDE = Path.of("docs", "images", "journeys");

	private static final String TIMINGS = "parley.journey.timings";

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	AgreementWorkflow agreementWorkflow;

	@Autowired
	Agreements agreements;

	@Autowired
	CaseWorkflow caseWorkflow;

	@Autowired
	ObligationSchedule schedule;

	@Autowired
	TeamCalendar calendar;

	String lang;

	private String role;

	private int shots;

	private boolean throttled;

	/** Who the browser open is signed in as. */
	private String user;

	/** The browsers of the journey's other users, by username. */
	private final Map<String, Chromium> others = new java.util.HashMap<>();

	private long lastShot;

	/**
	 * The languages the journeys walk: English, Spanish and French, or those of
	 * {@code -Dparley.journey.languages=fr,es}.
	 */
	static java.util.stream.Stream<String> languages() {
		return java.util.Arrays.stream(System.getProperty("parley.journey.languages", "en,es,fr").split(","))
			.map(String::strip);
	}

	@Override
	protected boolean startsItsOwnBrowser() {
		return true;
	}

	/** Starts a journey: the role names its screenshots. */
	void begin(String role, String language) {
		// the browser speaks the journey's language too (its date pickers in the
		// pictures)
		this.chromium = new Chromium(this.port, language);
		this.browser = this.chromium.browser();
		this.wait = this.chromium.await();
		this.role = role;
		this.lang = language;
		this.shots = 0;
		this.throttled = false;
		this.lastShot = System.nanoTime();
	}

	/**
	 * Walks a journey; when it fails, the page it stopped at is saved beside the others.
	 */
	void walking(Steps journey) throws Exception {
		try {
			journey.run();
		}
		catch (Exception | AssertionError ex) {
			try {
				Files.write(Files.createDirectories(SHOTS).resolve("FAILED-" + this.role + "-" + this.lang + ".png"),
						((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES));
			}
			catch (IOException | RuntimeException ignored) {
				ex.addSuppressed(ignored);
			}
			throw ex;
		}
	}

	/** Parley's own words for this key in the journey's language. */
	String msg(String key, Object... args) {
		// French puts a no-break space before ":" and "?"; the browser's text reads it as
		// a space
		return this.messages.getMessage(key, (args.length == 0) ? null : args, Locale.forLanguageTag(this.lang))
			.replace('\u00a0', ' ')
			.replace('\u202f', ' ');
	}

	/** What the user types, in the journey's language. */
	String t(String en, String es, String fr) {
		return switch (this.lang) {
			case "es" -> es;
			case "fr" -> fr;
			default -> en;
		};
	}

	/** A step's name as the user reads it. */
	String step(org.parley.negotiation.MethodStep step) {
		return msg(step.messageKey());
	}

	/** Opens a page in the journey's language. */
	void go(String path) {
		this.chromium.open(path + (path.contains("?") ? "&" : "?") + "lang=" + this.lang);
	}

	/** Signs in on the sign-in page open, as the journey's first user. */
	void signIn(String username) {
		this.chromium.signIn(username, "parley-demo");
		this.user = username;
	}

	/**
	 * Goes on as someone else: in a browser of their own, signed in the first time and
	 * kept for the next (as two people at two desks); the journey opens the page it needs
	 * next.
	 */
	void switchTo(String username) {
		long start = System.nanoTime();
		Chromium other = this.others.remove(username);
		this.others.put(this.user, this.chromium);
		boolean first = other == null;
		if (first) {
			other = new Chromium(this.port, this.lang);
			if (this.throttled) {
				throttle(other);
			}
		}
		this.chromium = other;
		this.browser = other.browser();
		this.wait = other.await();
		this.user = username;
		if (first) {
			signInAs(username, this.lang);
		}
		System.out.printf("journey %s %s: %s %s in %d ms%n", this.lang, this.role, first ? "signed in as" : "back to",
				username, (System.nanoTime() - start) / 1_000_000);
	}

	@AfterEach
	void closeTheOtherBrowsers() {
		this.others.values().forEach(Chromium::close);
		this.others.clear();
	}

	String main() {
		return this.browser.findElement(By.tagName("main")).getText();
	}

	String h1() {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText();
	}

	String text(String css) {
		return this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).getText();
	}

	void waitFor(String css) {
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
	}

	void waitForText(String css, String text) {
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
	}

	/** The flash message of a successful action. */
	String success() {
		// found again when the page it was read on is replaced meanwhile (slow networks)
		return this.wait.until((driver) -> {
			org.openqa.selenium.WebElement alert = driver.findElement(By.cssSelector(".alert-success"));
			return alert.isDisplayed() ? alert.getText() : null;
		});
	}

	/**
	 * What the user reads holds no enum code (IN_FORCE), no message key left untranslated
	 * (Thymeleaf's ??key_xx??) and no technical error.
	 */
	void readsAsWords() {
		String page = main();
		assertThat(page).as("page %s in %s", path(), this.lang)
			// other tests' cases are named after a step's code and a random tag
			.doesNotContainPattern("\\b[A-Z]{2,}(_[A-Z]+)+\\b(?! [0-9a-f]{8})")
			.doesNotContain("??")
			.doesNotContain("Exception");
	}

	/**
	 * Saves the page as it is at desktop size, then at phone size (the window resized and
	 * put back), as {@code target/journeys/<lang>/<role>-NN-<page>.png} and
	 * {@code ...-phone.png}.
	 * @param guide whether the user guide shows this picture (desktop; and the phone one
	 * when {@code phoneInGuide})
	 */
	void shoot(String page, boolean guide, boolean phoneInGuide) {
		if (this.throttled) {
			return; // the slow-network run times pages; its pictures would be the same
		}
		long start = System.nanoTime();
		this.shots++;
		String name = String.format("%s-%02d-%s", this.role, this.shots, page);
		save(name, guide);
		this.browser.manage().window().setSize(PHONE);
		try {
			save(name + "-phone", phoneInGuide);
		}
		finally {
			this.browser.manage().window().setSize(DESKTOP);
		}
		long now = System.nanoTime();
		System.out.printf("journey %s %s: +%d ms to reach %s, %d ms to shoot it%n", this.lang, this.role,
				(start - this.lastShot) / 1_000_000, name, (now - start) / 1_000_000);
		this.lastShot = now;
	}

	void shoot(String page) {
		shoot(page, true, false);
	}

	private void save(String name, boolean guide) {
		byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		try {
			Path dir = Files.createDirectories(SHOTS.resolve(this.lang));
			Files.write(dir.resolve(name + ".png"), png);
			if (guide && Boolean.getBoolean("parley.docs.write")) {
				GuidePicture.write(png, Files.createDirectories(GUIDE.resolve(this.lang)).resolve(name + ".png"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Throttles this browser's network to slow 3G through the DevTools protocol, and
	 * records, for every page it loads from now on, the time from the start of its
	 * navigation (the click or the form sent, redirects included) to the end of its load
	 * event.
	 */
	void throttle() {
		this.throttled = true;
		throttle(this.chromium);
	}

	private static void throttle(Chromium chromium) {
		ChromeDriver chrome = (ChromeDriver) chromium.browser();
		chrome.executeCdpCommand("Network.enable", Map.of());
		chrome.executeCdpCommand("Network.emulateNetworkConditions", SLOW_3G);
		chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", "window.addEventListener('load', function () { setTimeout(function () {"
						+ " var n = performance.getEntriesByType('navigation')[0]; if (!n) { return; }"
						+ " var t = JSON.parse(localStorage.getItem('" + TIMINGS + "') || '[]');"
						+ " t.push([location.pathname + location.search, Math.round(n.loadEventEnd - n.startTime)]);"
						+ " localStorage.setItem('" + TIMINGS + "', JSON.stringify(t)); }, 0); });"));
	}

	/** Each page loaded since {@link #throttle()}, with its time in milliseconds. */
	List<PageTime> pageTimes() {
		List<PageTime> times = new ArrayList<>(pageTimes(this.browser));
		this.others.values().forEach((other) -> times.addAll(pageTimes(other.browser())));
		return times;
	}

	private static List<PageTime> pageTimes(org.openqa.selenium.WebDriver browser) {
		Object raw = ((JavascriptExecutor) browser)
			.executeScript("return JSON.parse(localStorage.getItem('" + TIMINGS + "') || '[]');");
		List<PageTime> times = new ArrayList<>();
		for (Object entry : (List<?>) raw) {
			List<?> pair = (List<?>) entry;
			times.add(new PageTime((String) pair.get(0), ((Number) pair.get(1)).longValue()));
		}
		return times;
	}

	/** Writes the pages' times to target/journeys and returns the slowest. */
	PageTime reportTimes(String run, List<PageTime> times) {
		PageTime slowest = times.stream().max(java.util.Comparator.comparingLong(PageTime::millis)).orElseThrow();
		StringBuilder report = new StringBuilder("# " + run + ": " + times.size() + " pages on slow 3G, slowest "
				+ slowest.millis() + " ms (" + slowest.path() + ")\n");
		times.forEach((t) -> report.append(t.millis()).append(" ms  ").append(t.path()).append('\n'));
		try {
			Files.writeString(Files.createDirectories(SHOTS).resolve(run + ".txt"), report);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.out.println(report);
		return slowest;
	}

	/** A journey's steps, which may fail with any exception. */
	interface Steps {

		void run() throws Exception;

	}

	record PageTime(String path, long millis) {

	}

}
