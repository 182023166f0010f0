package org.parley.dossier;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpServer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * An RFC 3161 time-stamping authority for tests: BouncyCastle's generator behind the
 * JDK's HTTP server, on a free port of this machine, with a self-signed certificate.
 */
final class TestTimeStampAuthority implements AutoCloseable {

	private final HttpServer server;

	private final X509CertificateHolder certificate;

	private final AtomicLong serial = new AtomicLong(1);

	TestTimeStampAuthority() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		KeyPair keys = generator.generateKeyPair();
		X500Name name = new X500Name("CN=Parley test time-stamping authority");
		Instant now = Instant.now();
		this.certificate = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
				Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(1, ChronoUnit.DAYS)), name,
				keys.getPublic())
			.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
			.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
		X509Certificate jcaCertificate = new JcaX509CertificateConverter().getCertificate(this.certificate);
		TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
				new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withECDSA", keys.getPrivate(), jcaCertificate),
				new JcaDigestCalculatorProviderBuilder().build()
					.get(new AlgorithmIdentifier(OIWObjectIdentifiers.idSHA1)),
				new ASN1ObjectIdentifier("1.3.6.1.4.1.99999.1"));
		tokens.addCertificates(new JcaCertStore(List.of(jcaCertificate)));
		TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/tsa", (exchange) -> {
			try (InputStream in = exchange.getRequestBody()) {
				TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
				byte[] answer = responses
					.generate(request, BigInteger.valueOf(this.serial.getAndIncrement()), new Date())
					.getEncoded();
				exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
				exchange.sendResponseHeaders(200, answer.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(answer);
				}
			}
			catch (Exception ex) {
				exchange.sendResponseHeaders(500, -1);
			}
			finally {
				exchange.close();
			}
		});
		this.server.start();
	}

	URI url() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/tsa");
	}

	X509CertificateHolder certificate() {
		return this.certificate;
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
