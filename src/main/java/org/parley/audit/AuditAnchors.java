package org.parley.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The anchor directory ({@code parley.audit.anchor-dir}) and the organisation's key that
 * signs and checks its files. The files, not the database, are what a verification
 * believes: the database alone cannot vouch for itself (decision 0019).
 */
@Component
class AuditAnchors {

	private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

	private final Path directory;

	private final String chainId;

	private final Supplier<AnchorSigner> signer;

	@Autowired
	AuditAnchors(AuditProperties properties, ObjectProvider<AnchorSigner> signers) {
		this(Path.of(properties.anchorDir()), properties.chainId(), signers::getIfAvailable);
	}

	AuditAnchors(Path directory, String chainId, Supplier<AnchorSigner> signer) {
		this.directory = directory.toAbsolutePath().normalize();
		this.chainId = chainId;
		this.signer = signer;
	}

	Path directory() {
		return this.directory;
	}

	String chainId() {
		return this.chainId;
	}

	/** The organisation's public key, when one is configured. */
	Optional<PublicKey> publicKey() {
		AnchorSigner signer = this.signer.get();
		return (signer != null) ? signer.publicKey() : Optional.empty();
	}

	/**
	 * Every anchor file in the directory with its signature checked, or null when there
	 * is no key to check them with.
	 */
	List<AnchorFile> read() {
		PublicKey key = publicKey().orElse(null);
		if (key == null) {
			return null;
		}
		try {
			return AnchorFiles.read(this.directory, key);
		}
		catch (IOException ex) {
			log.error("The anchor directory {} cannot be read: {}", this.directory, ex.toString());
			return List.of(new AnchorFile(this.directory.toString(), null, AnchorFile.Status.UNREADABLE));
		}
	}

	/**
	 * Signs and writes an anchor of this chain.
	 * @throws IllegalStateException when no key is configured
	 */
	AnchorFile write(long entries, String headHash, java.time.Instant at, Long macFrom) throws IOException {
		PublicKey key = publicKey().orElseThrow(() -> new IllegalStateException("no organisation signing key"));
		Anchor anchor = new Anchor(this.chainId, entries, headHash, at, macFrom, AnchorFiles.fingerprint(key));
		byte[] json = anchor.toJson();
		Path file = AnchorFiles.write(this.directory, anchor, json, this.signer.get().sign(json));
		return new AnchorFile(file.getFileName().toString(), anchor, AnchorFile.Status.VALID);
	}

}
