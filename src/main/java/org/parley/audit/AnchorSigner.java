package org.parley.audit;

import java.security.PublicKey;
import java.util.Optional;

/**
 * The organisation's signing key, as the audit module needs it to sign anchors of its
 * chain and check them (decision 0019). The audit module knows no other module: the one
 * that holds the organisation's key (dossiers) implements this as a Spring bean.
 */
public interface AnchorSigner {

	/** The public half of the organisation's key, if one is configured. */
	Optional<PublicKey> publicKey();

	/**
	 * Signs the exact bytes of an anchor file: Ed25519, or SHA-256 with ECDSA in DER.
	 * @throws IllegalStateException when no key is configured
	 */
	byte[] sign(byte[] data);

}
