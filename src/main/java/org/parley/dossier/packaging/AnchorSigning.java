package org.parley.dossier.packaging;

import java.security.PublicKey;
import java.util.Optional;

import org.parley.audit.AnchorSigner;
import org.parley.dossier.SigningUnavailableException;
import org.parley.dossier.seal.SigningKey;

import org.springframework.stereotype.Component;

/**
 * Lends the organisation's signing key to the audit module, which signs the anchors of
 * its chain with it (decision 0019): one key vouches for dossiers and anchors alike, and
 * one public key checks both.
 */
@Component
class AnchorSigning implements AnchorSigner {

	private final OrganisationSigning signing;

	AnchorSigning(OrganisationSigning signing) {
		this.signing = signing;
	}

	@Override
	public Optional<PublicKey> publicKey() {
		return this.signing.key().map(SigningKey::publicKey);
	}

	@Override
	public byte[] sign(byte[] data) {
		return this.signing.key().orElseThrow(SigningUnavailableException::new).sign(data);
	}

}
