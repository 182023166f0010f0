package org.parley.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: nothing downloads a
 * browser. Screenshots go to target/screenshots.
 */
public final class Chromium implements AutoCloseable {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver browser;

	private final WebDriverWait wait;

	private final int port;

	public Chromium(int port) {
		this(port, "en-US");
	}

	/**
	 * A browser whose own language (its date pickers, its messages) is that one: the
	 * journeys' pictures in Spanish and French show the browser's parts in that language
	 * too.
	 */
	public Chromium(int port, String language) {
		this.port = port;
		try {
			Files.createDirectories(SCREENSHOTS);
			ChromeOptions options = new ChromeOptions();
			options.setBinary(System.getenv().getOrDefault("PARLEY_CHROMIUM", "/usr/bin/chromium"));
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1280,900", "--lang=" + language,
					"--user-data-dir=" + Files.createTempDirectory("parley-chromium"));
			options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(
						Path.of(System.getenv().getOrDefault("PARLEY_CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
				.usingAnyFreePort()
				// On Linux Chromium takes its language from the environment, not from
				// --lang (which other systems read); its translations come from Debian's
				// chromium-l10n, without which it stays in English
				.withEnvironment(java.util.Map.of("LANGUAGE", language.replace('-', '_')))
				.build();
			this.browser = new ChromeDriver(service, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// While a page is replaced, Chromium may answer that an element found a moment
		// ago
		// "does not belong to the document" (not a stale element): a wait asks again. A
		// lasting error still ends the wait, as its cause.
		this.wait = (WebDriverWait) new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.WebDriverException.class);
	}

	public WebDriver browser() {
		return this.browser;
	}

	public WebDriverWait await() {
		return this.wait;
	}

	public void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	public void signIn(String username, String password) {
		this.browser.findElement(By.id("username")).sendKeys(username);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		// The demo accounts whose roles require a second factor are asked for its code:
		// wait for the answer to the password (a slow machine may not have it yet).
		this.wait.until(
				(browser) -> !browser.getCurrentUrl().contains("/login") || browser.getCurrentUrl().contains("error"));
		if (this.browser.getCurrentUrl().contains("/sign-in/code")) {
			this.browser.findElement(By.id("code")).sendKeys(DemoCodes.next(this.port));
			this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		}
	}

	/** Lets the browser save downloads, without asking, into that directory. */
	public void saveDownloadsIn(Path directory) {
		((ChromeDriver) this.browser).executeCdpCommand("Browser.setDownloadBehavior",
				java.util.Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
	}

	/**
	 * Waits until the browser has finished saving, in that directory, a file whose name
	 * matches the glob and is none of {@code besides}.
	 */
	public Path downloaded(Path directory, String glob, String... besides) {
		java.nio.file.PathMatcher matcher = directory.getFileSystem().getPathMatcher("glob:" + glob);
		return new WebDriverWait(this.browser, Duration.ofSeconds(20)).until((driver) -> {
			try (java.util.stream.Stream<Path> files = Files.list(directory)) {
				java.util.List<Path> all = files.toList();
				if (all.stream().anyMatch((file) -> file.getFileName().toString().endsWith(".crdownload"))) {
					return null;
				}
				return all.stream()
					.filter((file) -> matcher.matches(file.getFileName()))
					.filter((file) -> !java.util.List.of(besides).contains(file.getFileName().toString()))
					.findFirst()
					.orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
	}

	public void screenshot(String name) {
		byte[] png = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.BYTES);
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"), png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.browser.quit();
	}

}
