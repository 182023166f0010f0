package org.parley.dossier.seal;

import org.parley.shared.crypto.Pem;
import org.parley.shared.crypto.PublicKeys;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;

/**
 * The organisation's signing key (Ed25519, or ECDSA on P-256) read from a PKCS#8 PEM
 * file, with its public half derived from it, so that only one file needs configuring.
 */
public final class SigningKey {

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private SigningKey(PrivateKey privateKey, PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
	}

	/** Reads a {@code PRIVATE KEY} PEM block (unencrypted PKCS#8). */
	public static SigningKey read(byte[] pem) throws GeneralSecurityException {
		byte[] der;
		try {
			der = Pem.decode(pem, "PRIVATE KEY");
		}
		catch (IllegalArgumentException ex) {
			throw new GeneralSecurityException("not an unencrypted PKCS#8 PEM private key", ex);
		}
		try {
			AsymmetricKeyParameter parameters = PrivateKeyFactory.createKey(PrivateKeyInfo.getInstance(der));
			AsymmetricKeyParameter publicParameters;
			String algorithm;
			if (parameters instanceof Ed25519PrivateKeyParameters ed25519) {
				publicParameters = ed25519.generatePublicKey();
				algorithm = "Ed25519";
			}
			else if (parameters instanceof ECPrivateKeyParameters ec) {
				publicParameters = new ECPublicKeyParameters(ec.getParameters().getG().multiply(ec.getD()).normalize(),
						ec.getParameters());
				algorithm = "EC";
			}
			else {
				throw new GeneralSecurityException("only Ed25519 and ECDSA keys sign dossiers");
			}
			KeyFactory factory = KeyFactory.getInstance(algorithm);
			PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(der));
			PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(
					SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(publicParameters).getEncoded()));
			return new SigningKey(privateKey, publicKey);
		}
		catch (IOException | RuntimeException ex) {
			throw new GeneralSecurityException("the private key could not be read", ex);
		}
	}

	public byte[] sign(byte[] data) {
		try {
			Signature signer = Signature.getInstance(PublicKeys.signatureAlgorithm(this.privateKey));
			signer.initSign(this.privateKey);
			signer.update(data);
			return signer.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The signing key could not sign", ex);
		}
	}

	public PublicKey publicKey() {
		return this.publicKey;
	}

	public String publicKeyPem() {
		return Pem.encode(this.publicKey.getEncoded(), "PUBLIC KEY");
	}

	public String fingerprint() {
		return PublicKeys.fingerprint(this.publicKey);
	}

	public String algorithmName() {
		return PublicKeys.algorithmName(this.publicKey);
	}

}
