package org.parley.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not the username
 * (nor contain it), and not one of the commonly used passwords (the ones of 12 characters
 * or more among the million most common, from OWASP SecLists, plus a few Spanish ones).
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * @return the message keys of the rules the password breaks; empty when it is
	 * acceptable
	 */
	public List<String> violations(String username, String password) {
		List<String> violations = new ArrayList<>();
		if (password == null || password.length() < MIN_LENGTH) {
			violations.add("identity.password.too-short");
			return violations;
		}
		if (password.length() > MAX_LENGTH) {
			violations.add("identity.password.too-long");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			violations.add("identity.password.contains-username");
		}
		if (this.common.contains(lower) || lower.chars().distinct().count() < 4) {
			violations.add("identity.password.too-common");
		}
		return violations;
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
