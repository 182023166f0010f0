package org.parley.shared.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/**
 * The public half of an organisation's signing key: read from PEM, named by its
 * fingerprint, and used to check a manifest's signature. Ed25519 signatures are plain
 * (what {@code openssl pkeyutl -verify -rawin} checks); ECDSA signatures are SHA-256 with
 * ECDSA in DER (what {@code openssl dgst -sha256 -verify} checks).
 */
public final class PublicKeys {

	private PublicKeys() {
	}

	/** Reads a {@code PUBLIC KEY} PEM block (SubjectPublicKeyInfo). */
	public static PublicKey read(byte[] pem) throws GeneralSecurityException {
		byte[] der;
		try {
			der = Pem.decode(pem, "PUBLIC KEY");
		}
		catch (IllegalArgumentException ex) {
			throw new GeneralSecurityException("not a PEM public key", ex);
		}
		X509EncodedKeySpec spec = new X509EncodedKeySpec(der);
		for (String algorithm : new String[] { "Ed25519", "EC" }) {
			try {
				return KeyFactory.getInstance(algorithm).generatePublic(spec);
			}
			catch (GeneralSecurityException ex) {
				// try the next kind of key
			}
		}
		throw new GeneralSecurityException("neither an Ed25519 nor an EC public key");
	}

	/**
	 * The SHA-256 of the key's DER encoding, in hex: what
	 * {@code openssl pkey -pubin -in key.pem -outform DER | sha256sum} prints.
	 */
	public static String fingerprint(PublicKey key) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** The signature algorithm a key signs manifests with. */
	public static String signatureAlgorithm(java.security.Key key) {
		return "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "Ed25519";
	}

	/** The name the manifest gives the algorithm. */
	public static String algorithmName(java.security.Key key) {
		return "EC".equals(key.getAlgorithm()) ? "ECDSA-P256-SHA256" : "Ed25519";
	}

	public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance(signatureAlgorithm(key));
			verifier.initVerify(key);
			verifier.update(data);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			return false;
		}
	}

}
