package org.parley.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 6.2): at least {@value #MIN_LENGTH} characters, at
 * most {@value #MAX_BYTES} bytes in UTF-8 (all BCrypt reads: a longer one would be cut
 * short or refused by the encoder; 72 plain letters, fewer with accents or emoji), not
 * the username (nor contain it), no word of the context (the parts of the username and of
 * the person's name of 3 letters or more, "parley", and the organisation's own words from
 * {@code parley.security.context-words}), compared without case or accents, and not one
 * of the commonly used passwords (the ones of 12 characters or more among the million
 * most common, from OWASP SecLists, plus a few Spanish ones).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** What BCrypt reads of a password; ASVS asks for 64 characters at least. */
	public static final int MAX_BYTES = 72;

	/** Words of 3 letters or more are context words; shorter parts are too common. */
	private static final int MIN_WORD = 3;

	private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private final Set<String> common;

	private final List<String> organisationWords;

	@Autowired
	PasswordPolicy(SecurityProperties properties) {
		this(properties.contextWords());
	}

	PasswordPolicy(List<String> organisationWords) {
		this.common = load();
		List<String> words = new ArrayList<>();
		addParts("parley", words);
		if (organisationWords != null) {
			organisationWords.forEach((word) -> addParts(word, words));
		}
		this.organisationWords = List.copyOf(words);
	}

	/**
	 * @param username the account's username
	 * @param displayName the person's name, or null
	 * @param password the password chosen
	 * @return the message keys of the rules the password breaks; empty when it is
	 * acceptable
	 */
	public List<String> violations(String username, String displayName, String password) {
		List<String> violations = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			violations.add("identity.password.too-short");
			return violations;
		}
		if (tooLong(password)) {
			violations.add("identity.password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			violations.add("identity.password.contains-username");
		}
		else {
			String plain = plain(password);
			if (contextWords(username, displayName).stream().anyMatch(plain::contains)) {
				violations.add("identity.password.context-word");
			}
		}
		if (this.common.contains(lower) || lower.chars().distinct().count() < 4) {
			violations.add("identity.password.too-common");
		}
		return violations;
	}

	/**
	 * Whether BCrypt would not read all of it: such a password can be neither set nor
	 * signed in with.
	 */
	public static boolean tooLong(CharSequence password) {
		return password != null && password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
	}

	private List<String> contextWords(String username, String displayName) {
		List<String> words = new ArrayList<>(this.organisationWords);
		addParts(username, words);
		addParts(displayName, words);
		return words;
	}

	/** The words of 3 letters or more in a name, lower case and without accents. */
	private static void addParts(String name, List<String> words) {
		if (name == null) {
			return;
		}
		for (String part : NOT_LETTERS.split(plain(name))) {
			if (part.length() >= MIN_WORD) {
				words.add(part);
			}
		}
	}

	/** Lower case without accents: "María" is "maria". */
	private static String plain(String text) {
		return MARKS.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFD))
			.replaceAll("")
			.toLowerCase(Locale.ROOT);
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(64_000);
		ClassPathResource list = new ClassPathResource("identity/common-passwords.txt");
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(list.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					passwords.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The list of common passwords is missing", ex);
		}
		return Set.copyOf(passwords);
	}

}
