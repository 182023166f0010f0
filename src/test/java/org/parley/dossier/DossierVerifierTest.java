package org.parley.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.audit.AuditAction;
import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditHashes;
import org.parley.audit.FieldChange;
import org.parley.dossier.packaging.DossierPackager;
import org.parley.shared.crypto.Pem;
import org.parley.dossier.seal.SigningKey;
import org.parley.dossier.seal.TimeStamps;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline verifier against dossiers made by the packager and then tampered with, one
 * way at a time: each is named, and an untouched dossier is valid. Also the command's
 * exit codes and the time-stamp of a time-stamping authority this test starts.
 */
class DossierVerifierTest {

	static final long CASE_ID = 12;

	static TestTimeStampAuthority tsa;

	static SigningKey key;

	@TempDir
	Path dir;

	@BeforeAll
	static void keyAndAuthority() throws Exception {
		key = SigningKey.read(Files.readAllBytes(Path.of("db/demo/dossier-signing-key.DEMO-ONLY.pem")));
		tsa = new TestTimeStampAuthority();
	}

	@AfterAll
	static void stopAuthority() {
		tsa.close();
	}

	@Test
	void anUntouchedDossierIsValid() throws Exception {
		Path dossier = dossier(true);

		Result result = verify(dossier);

		assertThat(result.exit()).isZero();
		assertThat(result.out()).startsWith("VALID")
			.contains("Case 12 \"Acceso a la clínica de Tlacoapa\" of team México – Guerrero")
			.contains("6 files match")
			.contains("5 audit entries of the case recomputed, case chain unbroken from 1 to 5")
			.contains("time-stamped")
			.contains("CN=Parley test time-stamping authority");
	}

	@Test
	void theDemoPublicKeyInTheDocsMatchesTheDemoSigningKey() throws Exception {
		assertThat(Files.readString(Path.of("docs/dossier/demo-public-key.pem"))).isEqualTo(key.publicKeyPem());
	}

	@ParameterizedTest
	@ValueSource(strings = { "case.pdf", "case.json", "csv/rounds.csv", "attachments/7-acta_firmada.pdf" })
	void aChangedByteInAContentFileOrAttachmentIsNamed(String path) throws Exception {
		Path dossier = tampered(dossier(false), (files) -> {
			files.put(path, flipLastByte(files.get(path)));
			return files;
		});

		Result result = verify(dossier);

		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.out()).startsWith("INVALID").contains("file changed: " + path);
	}

	@Test
	void aChangedByteInTheManifestBreaksTheSignature() throws Exception {
		Path dossier = tampered(dossier(false), (files) -> {
			String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8);
			files.put("manifest.json",
					manifest.replace("\"generatedBy\" : \"auditor\"", "\"generatedBy\" : \"auditer\"")
						.getBytes(StandardCharsets.UTF_8));
			return files;
		});

		assertThat(verify(dossier).out()).startsWith("INVALID").contains("signature does not match the key");
	}

	@Test
	void anAlteredAuditEntryIsNamedBySeq() throws Exception {
		Path dossier = tampered(dossier(false), (files) -> {
			files.put(DossierPackager.ENTRIES, lines(files, (lines) -> lines.set(2,
					lines.get(2).replace("\"reason\":\"Commander agreed\"", "\"reason\":\"Commander refused\""))));
			return files;
		});

		assertThat(verify(dossier).out()).startsWith("INVALID")
			.contains("file changed: audit/entries.jsonl")
			.contains("audit entry altered: seq 103");
	}

	@Test
	void aRemovedAuditEntryBreaksTheCaseChainWhereItWas() throws Exception {
		Path dossier = tampered(dossier(false), (files) -> {
			files.put(DossierPackager.ENTRIES, lines(files, (lines) -> lines.remove(1)));
			return files;
		});

		assertThat(verify(dossier).out()).startsWith("INVALID")
			.contains("case chain broken at 2")
			.contains("the manifest states 5 audit entries of the case, the dossier holds 4");
	}

	@Test
	void reorderedAuditEntriesBreakTheCaseChain() throws Exception {
		Path dossier = tampered(dossier(false), (files) -> {
			files.put(DossierPackager.ENTRIES, lines(files, (lines) -> Collections.swap(lines, 2, 3)));
			return files;
		});

		assertThat(verify(dossier).out()).startsWith("INVALID")
			.contains("case chain broken at 3")
			.doesNotContain("audit entry altered");
	}

	@Test
	void aManifestWhoseEntryCountDoesNotMatchIsNamed() throws Exception {
		// Even a manifest signed with the right key (an exporter's bug) must agree with
		// the entries.
		Path dossier = tampered(dossier(false), (files) -> {
			String manifest = new String(files.get("manifest.json"), StandardCharsets.UTF_8).replace("\"entries\" : 5",
					"\"entries\" : 6");
			files.put("manifest.json", manifest.getBytes(StandardCharsets.UTF_8));
			files.put("manifest.sig", key.sign(files.get("manifest.json")));
			files.remove("manifest.tsr");
			return files;
		});

		assertThat(verify(dossier).out()).startsWith("INVALID")
			.contains("the manifest states 6 audit entries of the case, the dossier holds 5")
			.doesNotContain("signature");
	}

	@Test
	void aMissingFileIsNamed() throws Exception {
		Path dossier = tampered(dossier(false), (files) -> {
			files.remove("csv/rounds.csv");
			return files;
		});

		assertThat(verify(dossier).out()).startsWith("INVALID").contains("file missing: csv/rounds.csv");
	}

	@Test
	void anAddedFileIsNamed() throws Exception {
		Path dossier = tampered(dossier(false), (files) -> {
			files.put("attachments/99-extra.pdf", "%PDF-1.4 planted".getBytes(StandardCharsets.US_ASCII));
			return files;
		});

		assertThat(verify(dossier).out()).startsWith("INVALID").contains("file added: attachments/99-extra.pdf");
	}

	@Test
	void anotherKeyIsRefused() throws Exception {
		Path dossier = dossier(false);
		KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
		Path otherKey = this.dir.resolve("other.pem");
		Files.writeString(otherKey, Pem.encode(generator.generateKeyPair().getPublic().getEncoded(), "PUBLIC KEY"));

		Result result = run("verify-dossier", dossier.toString(), "--key", otherKey.toString());

		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.out()).startsWith("INVALID").contains("signature does not match the key");
	}

	@Test
	void anEcdsaKeySignsAndVerifiesToo() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		java.security.KeyPair pair = generator.generateKeyPair();
		SigningKey ecKey = SigningKey
			.read(Pem.encode(pair.getPrivate().getEncoded(), "PRIVATE KEY").getBytes(StandardCharsets.US_ASCII));
		assertThat(ecKey.publicKey().getEncoded()).isEqualTo(pair.getPublic().getEncoded());
		Path dossier = this.dir.resolve("ec.zip");
		try (OutputStream out = Files.newOutputStream(dossier)) {
			new DossierPackager(ecKey, null).write(description(), out);
		}
		Path publicKey = this.dir.resolve("ec.pem");
		Files.writeString(publicKey, ecKey.publicKeyPem());

		Result result = run("verify-dossier", dossier.toString(), "--key", publicKey.toString());

		assertThat(result.out()).startsWith("VALID").contains("ECDSA-P256-SHA256").contains("not time-stamped");
	}

	@Test
	void aTamperedTimeStampIsInvalid() throws Exception {
		Path dossier = tampered(dossier(true), (files) -> {
			byte[] token = files.get("manifest.tsr");
			token[token.length - 10] ^= 0x01;
			return files;
		});

		assertThat(verify(dossier).out()).startsWith("INVALID").contains("time-stamp token invalid");
	}

	@Test
	void aTimeStampOfAnotherManifestIsInvalid() throws Exception {
		Path dossier = tampered(dossier(true), (files) -> {
			files.put("manifest.tsr", request("another manifest".getBytes(StandardCharsets.UTF_8)));
			return files;
		});

		assertThat(verify(dossier).out()).startsWith("INVALID")
			.contains("time-stamp token invalid: it was not made over this manifest.json");
	}

	@Test
	void theTimeStampIsCheckedAgainstAGivenAuthorityCertificate() throws Exception {
		Path dossier = dossier(true);
		Path certificate = this.dir.resolve("tsa.pem");
		Files.writeString(certificate, Pem.encode(tsa.certificate().getEncoded(), "CERTIFICATE"));

		Result result = run("verify-dossier", dossier.toString(), "--key", "docs/dossier/demo-public-key.pem",
				"--tsa-cert", certificate.toString());

		assertThat(result.out()).startsWith("VALID").contains("CN=Parley test time-stamping authority");
	}

	@Test
	void helpAndUsageErrors() throws Exception {
		Result help = run("verify-dossier", "--help");
		assertThat(help.exit()).isZero();
		assertThat(help.out()).contains("Usage: java -jar parley.jar verify-dossier");

		assertThat(run("verify-dossier").exit()).isEqualTo(2);
		assertThat(run("verify-dossier", "missing.zip", "--key", "docs/dossier/demo-public-key.pem").err())
			.contains("no such file: missing.zip");
		Path dossier = dossier(false);
		Result noKey = run("verify-dossier", dossier.toString());
		assertThat(noKey.exit()).isEqualTo(2);
		assertThat(noKey.err()).contains("no public key given");
		Result badKey = run("verify-dossier", dossier.toString(), "--key", "README.md");
		assertThat(badKey.exit()).isEqualTo(2);
	}

	@Test
	void aFileThatIsNoZipIsInvalid() throws Exception {
		Path notZip = this.dir.resolve("case-12.zip");
		Files.writeString(notZip, "not a zip");

		Result result = verify(notZip);

		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.out()).startsWith("INVALID");
	}

	// --- a small dossier, as the packager writes it ---

	private Path dossier(boolean timeStamped) throws IOException {
		Path path = Files.createTempFile(this.dir, "case-12-", ".zip");
		DossierPackager packager = new DossierPackager(key, timeStamped ? (manifest) -> request(manifest) : null);
		try (OutputStream out = Files.newOutputStream(path)) {
			packager.write(description(), out);
		}
		return path;
	}

	private static byte[] request(byte[] manifest) {
		try {
			return TimeStamps.request(tsa.url(), manifest, Duration.ofSeconds(5));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static DossierPackager.Dossier description() {
		List<DossierFile> files = List.of(file("case.pdf", "%PDF-1.7 the case for people"),
				file("case.json", "{\"id\":12,\"title\":\"Acceso a la clínica de Tlacoapa\"}"),
				file("case.schema.json", "{\"type\":\"object\"}"),
				file("csv/rounds.csv", "date,channel\n2026-03-02,IN_PERSON\n"),
				file("attachments/7-acta_firmada.pdf", "%PDF-1.4 signed scan"));
		List<AuditEntryView> entries = entries();
		return new DossierPackager.Dossier(CASE_ID, "Acceso a la clínica de Tlacoapa", 1, "México – Guerrero",
				Instant.parse("2026-12-04T16:00:00Z"), "auditor", "es", files, entries::forEach,
				() -> new DossierPackager.ChainHead(120, "f".repeat(64)));
	}

	/**
	 * Five entries of case 12, spread over the organisation's chain (seq 101, 102, ...).
	 */
	static List<AuditEntryView> entries() {
		List<AuditEntryView> entries = new ArrayList<>();
		String casePrev = AuditHashes.GENESIS;
		for (int i = 1; i <= 5; i++) {
			long seq = 100 + i;
			String prev = Integer.toHexString(i).repeat(64).substring(0, 64);
			Instant at = Instant.parse("2026-03-0" + i + "T10:15:30.123456Z");
			Map<String, FieldChange> changes = new TreeMap<>(Map.of("title", new FieldChange("old " + i, "new " + i)));
			String reason = (i == 3) ? "Commander agreed" : null;
			AuditEntryView unsealed = new AuditEntryView(seq, at, "field.mx", AuditAction.UPDATE, "NegotiationCase",
					"12", 1L, changes, reason, null, prev, CASE_ID, i, casePrev);
			String hash = AuditHashes.hash(unsealed);
			entries.add(new AuditEntryView(seq, at, "field.mx", AuditAction.UPDATE, "NegotiationCase", "12", 1L,
					changes, reason, hash, prev, CASE_ID, i, casePrev));
			casePrev = hash;
		}
		return entries;
	}

	private static DossierFile file(String path, String content) {
		return new DossierFile() {
			@Override
			public String path() {
				return path;
			}

			@Override
			public void writeTo(OutputStream out) throws IOException {
				out.write(content.getBytes(StandardCharsets.UTF_8));
			}
		};
	}

	// --- tampering ---

	interface Tamper {

		Map<String, byte[]> apply(Map<String, byte[]> files) throws Exception;

	}

	private Path tampered(Path dossier, Tamper tamper) throws Exception {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(dossier.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					files.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		Path changed = Files.createTempFile(this.dir, "tampered-", ".zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(changed))) {
			for (Map.Entry<String, byte[]> file : tamper.apply(files).entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		return changed;
	}

	private static byte[] flipLastByte(byte[] content) {
		byte[] copy = content.clone();
		copy[copy.length - 1] ^= 0x01;
		return copy;
	}

	private static byte[] lines(Map<String, byte[]> files, Consumer<List<String>> change) {
		List<String> lines = new ArrayList<>(
				List.of(new String(files.get(DossierPackager.ENTRIES), StandardCharsets.UTF_8).split("\n")));
		change.accept(lines);
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	// --- running the command ---

	record Result(int exit, String out, String err) {

	}

	static Result verify(Path dossier) {
		return run("verify-dossier", dossier.toString(), "--key", "docs/dossier/demo-public-key.pem");
	}

	static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = VerifyDossierCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
