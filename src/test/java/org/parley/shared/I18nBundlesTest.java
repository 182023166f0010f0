package org.parley.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-facing string is in every language (English, Spanish, French): the bundles
 * have the same keys and the same placeholders, every key a template or the code uses
 * exists, and no template carries text of its own.
 */
class I18nBundlesTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	private static final List<String> BUNDLES = List.of("messages.properties", "messages_es.properties",
			"messages_fr.properties");

	/**
	 * Keys whose translations use other arguments than English: the guiding question's
	 * text is passed in every language ({1} English, {2} Spanish, {3} French).
	 */
	private static final Set<String> OWN_ARGUMENTS = Set.of("negotiation.missing.question");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	@Test
	void everyLanguageHasTheSameKeysAndNoEmptyValue() throws IOException {
		Properties english = load("messages.properties");
		for (String bundle : BUNDLES) {
			Properties translation = load(bundle);
			assertThat(translation.stringPropertyNames()).as(bundle)
				.containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
			assertThat(translation.values()).as(bundle).allSatisfy((v) -> assertThat(v.toString()).isNotBlank());
		}
	}

	/**
	 * A translation that drops or renumbers a {0} shows the wrong thing, or nothing,
	 * where the English shows a name or a number.
	 */
	@Test
	void everyTranslationHasTheSamePlaceholdersAsEnglish() throws IOException {
		Properties english = load("messages.properties");
		for (String bundle : BUNDLES) {
			Properties translation = load(bundle);
			List<String> differing = new ArrayList<>();
			for (String key : english.stringPropertyNames()) {
				if (!OWN_ARGUMENTS.contains(key) && !placeholders(english.getProperty(key))
					.equals(placeholders(translation.getProperty(key, "")))) {
					differing.add(key);
				}
			}
			assertThat(differing).as(bundle).isEmpty();
		}
	}

	/**
	 * Spring formats a message with arguments through MessageFormat, where a lone
	 * apostrophe starts a quoted part and disappears ("l'accord {0}" would print "laccord
	 * {0}" unreplaced): in a message with placeholders every apostrophe is written twice.
	 * A message without arguments is printed as written, so its apostrophes stay single.
	 * The typeMismatch messages are resolved both ways (with the field as an argument,
	 * and without), so they hold no apostrophe at all.
	 */
	@Test
	void apostrophesAreWrittenAsMessageFormatReadsThem() throws IOException {
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		for (String bundle : BUNDLES) {
			Properties messages = load(bundle);
			List<String> offending = new ArrayList<>();
			for (String key : messages.stringPropertyNames()) {
				String value = messages.getProperty(key);
				boolean formatted = PLACEHOLDER.matcher(value).find();
				if ((formatted && lone.matcher(value).find()) || (!formatted && value.contains("''"))
						|| (key.startsWith("typeMismatch") && value.contains("'"))) {
					offending.add(key);
				}
			}
			assertThat(offending).as(bundle).isEmpty();
		}
	}

	/**
	 * A key defined twice silently takes its last value: a feature that reuses another's
	 * key renames text elsewhere without anyone noticing.
	 */
	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String bundle : BUNDLES) {
			Set<String> seen = new TreeSet<>();
			List<String> twice = new ArrayList<>();
			for (String line : Files.readAllLines(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
				String trimmed = line.strip();
				if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
					continue;
				}
				String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
				if (!seen.add(key)) {
					twice.add(key);
				}
			}
			assertThat(twice).as(bundle).isEmpty();
		}
	}

	@Test
	void everyKeyUsedByATemplateExists() throws IOException {
		Properties english = load("messages.properties");
		Set<String> missing = new TreeSet<>();
		Pattern key = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
		for (Path template : templates()) {
			Matcher matcher = key.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!english.containsKey(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyMessageKeyInTheCodeExists() throws IOException {
		Properties english = load("messages.properties");
		Set<String> missing = new TreeSet<>();
		Pattern key = Pattern
			.compile("\"((?:identity|audit|error|validation|login|user|users|team|teams|token|nav|reference"
					+ "|armedgroup|interlocutor|document|history|negotiation|agreement|incident|notification)\\.[a-z0-9.-]+)\"");
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter((p) -> p.toString().endsWith(".java")).toList()) {
				Matcher matcher = key.matcher(Files.readString(source));
				while (matcher.find()) {
					// A key ending in a dot is a prefix that code completes
					// (reference.list. + LIST).
					if (!matcher.group(1).endsWith(".") && !english.containsKey(matcher.group(1))) {
						missing.add(source.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoHardCodedText() throws IOException {
		List<String> offending = new ArrayList<>();
		Pattern text = Pattern.compile(">([^<>]*\\p{L}[^<>]*)<");
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			Matcher matcher = text.matcher(html);
			while (matcher.find()) {
				String found = matcher.group(1).strip();
				if (!found.isEmpty()) {
					offending.add(template.getFileName() + ": " + found);
				}
			}
		}
		assertThat(offending).isEmpty();
	}

	private static Set<String> placeholders(String value) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).toList();
		}
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStreamReader reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
