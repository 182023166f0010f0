package org.parley.dossier.packaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation's signing of dossiers.
 *
 * @param privateKey path to the signing key, an unencrypted PKCS#8 PEM file (Ed25519 or
 * ECDSA P-256); without it dossiers are refused, except in the demo, which signs with its
 * published demo-only key
 * @param timestampUrl an RFC 3161 time-stamping authority, or none
 * @param timestampTimeout how long to wait for it
 */
@ConfigurationProperties("parley.signing")
public record SigningProperties(String privateKey, String timestampUrl,
		@DefaultValue("10s") Duration timestampTimeout) {

	/** The time-stamping authority, or null when none is configured. */
	public java.net.URI timestampAuthority() {
		return (this.timestampUrl == null || this.timestampUrl.isBlank()) ? null
				: java.net.URI.create(this.timestampUrl.strip());
	}

}
