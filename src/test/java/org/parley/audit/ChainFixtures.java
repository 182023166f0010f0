package org.parley.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * A chain to tamper with: entries written as the application writes them (with their
 * MACs, on the application's connection), a signing key of the test's own, anchors.
 */
final class ChainFixtures {

	static final byte[] MAC_KEY = "test-only-audit-mac-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

	private ChainFixtures() {
	}

	/** Appends entries numbered on from the head, each in a transaction of its own. */
	static void append(DataSource app, int count) throws SQLException {
		AuditWriter writer = new AuditWriter(Clock.systemUTC(), new AuditMacKey(MAC_KEY));
		try (Connection connection = app.getConnection()) {
			connection.setAutoCommit(false);
			for (int i = 1; i <= count; i++) {
				writer.append(connection,
						List.of(new AuditEntryDraft("field.mx", AuditAction.UPDATE, "Case", Integer.toString(i), 7L,
								new TreeMap<>(Map.of("title", new FieldChange("old " + i, "new " + i))), null, null,
								(i % 2 == 0) ? 42L : null)));
				connection.commit();
			}
		}
	}

	/**
	 * An organisation key of the test's own (Ed25519), as the dossier module lends it.
	 */
	static final class TestSigner implements AnchorSigner {

		private final KeyPair keys;

		TestSigner() {
			try {
				this.keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public Optional<PublicKey> publicKey() {
			return Optional.of(this.keys.getPublic());
		}

		@Override
		public byte[] sign(byte[] data) {
			try {
				Signature signer = Signature.getInstance("Ed25519");
				signer.initSign(this.keys.getPrivate());
				signer.update(data);
				return signer.sign();
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		}

		String publicKeyPem() {
			return "-----BEGIN PUBLIC KEY-----\n"
					+ java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
						.encodeToString(this.keys.getPublic().getEncoded())
					+ "\n-----END PUBLIC KEY-----\n";
		}

	}

}
