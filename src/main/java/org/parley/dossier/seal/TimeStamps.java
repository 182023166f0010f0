package org.parley.dossier.seal;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;

/**
 * RFC 3161 time-stamps of a manifest: asked of a time-stamping authority over HTTP, and
 * checked offline (the token covers the manifest's SHA-256 and its signature verifies
 * with the authority's certificate, the one carried in the token unless one is given).
 */
public final class TimeStamps {

	private static final SecureRandom NONCES = new SecureRandom();

	private TimeStamps() {
	}

	/**
	 * Asks the authority to time-stamp the data; returns the DER-encoded
	 * {@code TimeStampResp} (what {@code openssl ts -reply} reads).
	 * @throws IOException when the authority cannot be reached or refuses
	 */
	public static byte[] request(URI authority, byte[] data, Duration timeout) throws IOException {
		TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
		generator.setCertReq(true);
		TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256(data),
				BigInteger.valueOf(NONCES.nextLong() & Long.MAX_VALUE));
		HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
		try {
			HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(authority)
				.timeout(timeout)
				.header("Content-Type", "application/timestamp-query")
				.POST(HttpRequest.BodyPublishers.ofByteArray(request.getEncoded()))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (answer.statusCode() != 200) {
				throw new IOException("the time-stamping authority answered HTTP " + answer.statusCode());
			}
			TimeStampResponse response = new TimeStampResponse(answer.body());
			response.validate(request);
			if (response.getTimeStampToken() == null) {
				throw new IOException("the time-stamping authority refused: " + response.getStatusString());
			}
			return answer.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for the time-stamping authority", ex);
		}
		catch (TSPException ex) {
			throw new IOException("the time-stamping authority's answer is not valid", ex);
		}
	}

	/**
	 * Checks a time-stamp over the data.
	 * @param trusted the authority's certificate, or null to use the one in the token
	 * @return when and by whom the data was time-stamped
	 * @throws InvalidTimeStampException naming what is wrong
	 */
	public static Stamp verify(byte[] tsr, byte[] data, X509CertificateHolder trusted) {
		TimeStampToken token;
		try {
			token = new TimeStampResponse(tsr).getTimeStampToken();
		}
		catch (TSPException | IOException | RuntimeException ex) {
			throw new InvalidTimeStampException("it is not a readable RFC 3161 response");
		}
		if (token == null) {
			throw new InvalidTimeStampException("the response holds no token");
		}
		if (!TSPAlgorithms.SHA256.equals(token.getTimeStampInfo().getMessageImprintAlgOID())
				|| !Arrays.equals(token.getTimeStampInfo().getMessageImprintDigest(), sha256(data))) {
			throw new InvalidTimeStampException("it was not made over this manifest.json");
		}
		X509CertificateHolder certificate = trusted;
		if (certificate == null) {
			@SuppressWarnings("unchecked")
			Collection<X509CertificateHolder> matches = token.getCertificates()
				.getMatches((Selector<X509CertificateHolder>) token.getSID());
			if (matches.isEmpty()) {
				throw new InvalidTimeStampException("it carries no certificate of its authority");
			}
			certificate = matches.iterator().next();
		}
		try {
			token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
		}
		catch (Exception ex) {
			throw new InvalidTimeStampException("its signature does not verify with the authority's certificate");
		}
		return new Stamp(token.getTimeStampInfo().getGenTime().toInstant(), certificate.getSubject());
	}

	static byte[] sha256(byte[] data) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(data);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** When, and by which authority, the manifest was time-stamped. */
	public record Stamp(Instant at, X500Name authority) {

	}

	/** A time-stamp that does not prove what it should. */
	public static final class InvalidTimeStampException extends RuntimeException {

		InvalidTimeStampException(String message) {
			super(message);
		}

	}

}
