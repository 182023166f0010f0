package org.parley.dossier.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;

import org.parley.dossier.SigningUnavailableException;
import org.parley.dossier.seal.SigningKey;
import org.parley.dossier.seal.TimeStamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The organisation's signing key, read once at start. A missing or unreadable key does
 * not stop Parley: it says so in the log, and dossiers are refused with a message until
 * one is configured. The demo profile signs with the demo-only key published in
 * {@code db/demo/}.
 */
@Component
public class OrganisationSigning {

	static final String DEMO_KEY = "db/demo/dossier-signing-key.DEMO-ONLY.pem";

	private static final Logger log = LoggerFactory.getLogger(OrganisationSigning.class);

	private final SigningKey key;

	private final SigningProperties properties;

	OrganisationSigning(SigningProperties properties, Environment environment) {
		this.properties = properties;
		this.key = load(properties, environment.acceptsProfiles(Profiles.of("demo | scale")));
	}

	private static SigningKey load(SigningProperties properties, boolean demo) {
		if (properties.privateKey() != null && !properties.privateKey().isBlank()) {
			Path path = Path.of(properties.privateKey());
			try {
				SigningKey key = SigningKey.read(Files.readAllBytes(path));
				log.info("Dossiers are signed with the {} key SHA-256 {}", key.algorithmName(), key.fingerprint());
				return key;
			}
			catch (IOException | GeneralSecurityException ex) {
				log.warn("The dossier signing key {} (parley.signing.private-key) cannot be read: {}."
						+ " Dossier exports are refused until it is fixed.", path, ex.getMessage());
				return null;
			}
		}
		if (demo) {
			try (InputStream in = new ClassPathResource(DEMO_KEY).getInputStream()) {
				SigningKey key = SigningKey.read(in.readAllBytes());
				log.warn("Dossiers are signed with the DEMO-ONLY key {} (SHA-256 {}): it is public and proves nothing",
						DEMO_KEY, key.fingerprint());
				return key;
			}
			catch (IOException | GeneralSecurityException ex) {
				throw new IllegalStateException("The demo signing key is missing from the build", ex);
			}
		}
		log.warn("No dossier signing key is configured (parley.signing.private-key, PARLEY_SIGNING_PRIVATE_KEY):"
				+ " dossier exports are refused. docs/dossier/README.md says how to make one.");
		return null;
	}

	/** The key, if one is configured and readable. */
	public Optional<SigningKey> key() {
		return Optional.ofNullable(this.key);
	}

	/**
	 * A packager signing with the organisation's key and time-stamping with its
	 * authority.
	 * @throws SigningUnavailableException when no key is configured
	 */
	public DossierPackager packager() {
		if (this.key == null) {
			throw new SigningUnavailableException();
		}
		if (this.properties.timestampAuthority() == null) {
			return new DossierPackager(this.key, null);
		}
		return new DossierPackager(this.key, (manifest) -> {
			try {
				return TimeStamps.request(this.properties.timestampAuthority(), manifest,
						this.properties.timestampTimeout());
			}
			catch (IOException ex) {
				log.warn("The dossier's manifest could not be time-stamped by {}: {}",
						this.properties.timestampAuthority(), ex.getMessage());
				return null;
			}
		});
	}

}
