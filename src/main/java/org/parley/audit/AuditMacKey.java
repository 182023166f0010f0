package org.parley.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The key of the audit entries' MACs (decision 0019), read once at start from
 * configuration or a key file. The database never holds it, so whoever can only write SQL
 * cannot make an entry that verifies. Without a key Parley refuses to start: every entry
 * written meanwhile would look forged to the next verification. The demo profile (and the
 * scale profile, whose data is fictional: decision 0031) uses the published DEMO-ONLY key
 * in {@code db/demo/}.
 */
@Component
class AuditMacKey {

	static final String DEMO_KEY = "db/demo/audit-mac-key.DEMO-ONLY.txt";

	static final int MIN_LENGTH = 32;

	private static final Logger log = LoggerFactory.getLogger(AuditMacKey.class);

	private final byte[] key;

	@Autowired
	AuditMacKey(AuditProperties properties, Environment environment) {
		this(load(properties, environment.acceptsProfiles(Profiles.of("demo | scale"))));
	}

	AuditMacKey(byte[] key) {
		this.key = key.clone();
	}

	/** The MAC of an entry's canonical text. */
	String mac(String canonical) {
		return AuditHashes.mac(this.key, canonical);
	}

	byte[] bytes() {
		return this.key.clone();
	}

	private static byte[] load(AuditProperties properties, boolean demo) {
		String text = null;
		String source = null;
		if (properties.macKeyFile() != null && !properties.macKeyFile().isBlank()) {
			Path file = Path.of(properties.macKeyFile().strip());
			try {
				text = Files.readString(file, StandardCharsets.UTF_8).strip();
				source = "the file " + file;
			}
			catch (IOException ex) {
				throw new IllegalStateException("The audit MAC key file " + file
						+ " (parley.audit.mac-key-file, PARLEY_AUDIT_MAC_KEY_FILE) cannot be read: " + ex.getMessage(),
						ex);
			}
		}
		else if (properties.macKey() != null && !properties.macKey().isBlank()) {
			text = properties.macKey().strip();
			source = "parley.audit.mac-key";
		}
		else if (demo) {
			try (InputStream in = new ClassPathResource(DEMO_KEY).getInputStream()) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.filter((line) -> !line.isBlank() && !line.startsWith("#"))
					.findFirst()
					.orElseThrow()
					.strip();
				log.warn("Audit entries are MACed with the DEMO-ONLY key {}: it is public and proves nothing",
						DEMO_KEY);
				return text.getBytes(StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException("The demo audit MAC key is missing from the build", ex);
			}
		}
		if (text == null) {
			throw new IllegalStateException("No audit MAC key is configured: set PARLEY_AUDIT_MAC_KEY (at least "
					+ MIN_LENGTH + " characters, for example from `openssl rand -base64 48`) or"
					+ " PARLEY_AUDIT_MAC_KEY_FILE. Parley does not start without it; docs/operations.md says more.");
		}
		if (text.length() < MIN_LENGTH) {
			throw new IllegalStateException("The audit MAC key from " + source + " is shorter than " + MIN_LENGTH
					+ " characters: make one with `openssl rand -base64 48`.");
		}
		log.info("Audit entries are MACed with the key from {}", source);
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
