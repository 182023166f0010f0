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
 * Every user-facing string is in both languages: the bundles have the same keys, every
 * key a template or the code uses exists, and no template carries text of its own.
 */
class I18nBundlesTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	@Test
	void englishAndSpanishHaveTheSameKeysAndNoEmptyValue() throws IOException {
		Properties english = load("messages.properties");
		Properties spanish = load("messages_es.properties");

		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(english.values()).allSatisfy((v) -> assertThat(v.toString()).isNotBlank());
		assertThat(spanish.values()).allSatisfy((v) -> assertThat(v.toString()).isNotBlank());
	}

	/**
	 * A key defined twice silently takes its last value: a feature that reuses another's
	 * key renames text elsewhere without anyone noticing.
	 */
	@Test
	void noKeyIsDefinedTwice() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_es.properties")) {
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
