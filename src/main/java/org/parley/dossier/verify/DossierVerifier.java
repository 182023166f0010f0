package org.parley.dossier.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.bouncycastle.cert.X509CertificateHolder;
import org.parley.audit.AuditHashes;
import org.parley.dossier.packaging.DossierPackager;
import org.parley.shared.crypto.PublicKeys;
import org.parley.dossier.seal.TimeStamps;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a dossier offline, trusting nothing in it but what the organisation's public key
 * proves: the manifest's signature, every file against the manifest's size and SHA-256,
 * no file missing or added, each audit entry's hash recomputed ({@link AuditHashes}), the
 * case's chain followed from 1 to the count the manifest states, and the time-stamp when
 * there is one. Free of Spring, so {@code java -jar parley.jar verify-dossier} runs it
 * without starting the application.
 */
public final class DossierVerifier {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_PROBLEMS = 50;

	private DossierVerifier() {
	}

	/**
	 * @param tsaCertificate the time-stamping authority's certificate, or null to rely on
	 * the one in the token
	 * @throws IOException when the file is not a ZIP at all
	 */
	public static Verification verify(Path dossier, PublicKey key, X509CertificateHolder tsaCertificate)
			throws IOException {
		List<String> problems = new ArrayList<>();
		List<String> summary = new ArrayList<>();
		try (ZipFile zip = new ZipFile(dossier.toFile(), StandardCharsets.UTF_8)) {
			ZipEntry manifestEntry = zip.getEntry(DossierPackager.MANIFEST);
			if (manifestEntry == null) {
				problems.add("file missing: " + DossierPackager.MANIFEST + " (nothing else can be checked)");
				return new Verification(problems, summary);
			}
			byte[] manifestBytes = read(zip, manifestEntry, problems);
			if (manifestBytes == null) {
				return new Verification(problems, summary);
			}
			checkSignature(zip, manifestBytes, key, problems, summary);
			JsonNode manifest;
			try {
				manifest = JSON.readTree(manifestBytes);
			}
			catch (JacksonException ex) {
				problems.add("manifest.json is not valid JSON");
				return new Verification(problems, summary);
			}
			if (!DossierPackager.FORMAT.equals(manifest.path("format").asString(null))) {
				problems.add("manifest.json is not of format " + DossierPackager.FORMAT);
				return new Verification(problems, summary);
			}
			JsonNode theCase = manifest.path("case");
			summary.add(0,
					String.format("Case %d \"%s\" of team %s, generated %s by %s (%s)", theCase.path("id").asLong(),
							theCase.path("title").asString(""), theCase.path("team").path("name").asString(""),
							manifest.path("generatedAt").asString(""), manifest.path("generatedBy").asString(""),
							manifest.path("language").asString("")));
			Map<String, JsonNode> listed = new LinkedHashMap<>();
			for (JsonNode file : manifest.path("files")) {
				listed.put(file.path("path").asString(), file);
			}
			checkFiles(zip, listed, problems);
			summary.add(listed.size() + " files match their SHA-256 in the manifest");
			checkEntries(zip, manifest, theCase.path("id").asLong(), problems, summary);
			checkTimeStamp(zip, manifestBytes, tsaCertificate, problems, summary);
		}
		catch (ZipException ex) {
			problems.add("the file is not a readable ZIP: " + ex.getMessage());
		}
		return new Verification(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems, summary);
	}

	private static void checkSignature(ZipFile zip, byte[] manifest, PublicKey key, List<String> problems,
			List<String> summary) throws IOException {
		ZipEntry signatureEntry = zip.getEntry(DossierPackager.SIGNATURE);
		if (signatureEntry == null) {
			problems.add("file missing: " + DossierPackager.SIGNATURE + " (the manifest is not signed)");
			return;
		}
		byte[] signature = read(zip, signatureEntry, problems);
		if (signature == null) {
			return;
		}
		if (!PublicKeys.verify(key, manifest, signature)) {
			problems.add("signature does not match the key: manifest.json was changed, or it was signed with"
					+ " another key than " + PublicKeys.fingerprint(key));
		}
		else {
			summary.add("manifest.json signed with the " + PublicKeys.algorithmName(key) + " key SHA-256 "
					+ PublicKeys.fingerprint(key));
		}
	}

	private static void checkFiles(ZipFile zip, Map<String, JsonNode> listed, List<String> problems)
			throws IOException {
		for (Map.Entry<String, JsonNode> file : listed.entrySet()) {
			ZipEntry entry = zip.getEntry(file.getKey());
			if (entry == null) {
				problems.add("file missing: " + file.getKey());
				continue;
			}
			String[] hashed = hash(zip, entry);
			if (hashed == null) {
				problems.add("file changed: " + file.getKey() + " (its bytes no longer match the ZIP's checksum)");
			}
			else if (!hashed[0].equals(file.getValue().path("sha256").asString())
					|| Long.parseLong(hashed[1]) != file.getValue().path("size").asLong()) {
				problems.add("file changed: " + file.getKey());
			}
		}
		Enumeration<? extends ZipEntry> entries = zip.entries();
		while (entries.hasMoreElements()) {
			ZipEntry entry = entries.nextElement();
			String name = entry.getName();
			if (entry.isDirectory() || listed.containsKey(name) || name.equals(DossierPackager.MANIFEST)
					|| name.equals(DossierPackager.SIGNATURE) || name.equals(DossierPackager.TIMESTAMP)) {
				continue;
			}
			problems.add("file added: " + name);
		}
	}

	private static void checkEntries(ZipFile zip, JsonNode manifest, long caseId, List<String> problems,
			List<String> summary) throws IOException {
		JsonNode chain = manifest.path("caseChain");
		String path = chain.path("file").asString(DossierPackager.ENTRIES);
		long stated = chain.path("entries").asLong(-1);
		String statedLast = chain.path("lastHash").asString("");
		long headSeq = manifest.path("organisationChain").path("headSeq").asLong();
		ZipEntry entry = zip.getEntry(path);
		if (entry == null) {
			return;
		}
		long count = 0;
		String prevHash = AuditHashes.GENESIS;
		boolean broken = false;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
			String text;
			while ((text = lines.readLine()) != null) {
				if (text.isBlank()) {
					continue;
				}
				count++;
				JsonNode line;
				try {
					line = JSON.readTree(text);
				}
				catch (JacksonException ex) {
					problems.add("audit entry " + count + " of the case is not valid JSON");
					broken = true;
					continue;
				}
				long seq = line.path("seq").asLong();
				String hash = line.path("hash").asString("");
				if (!hash.equals(recompute(line))) {
					problems.add("audit entry altered: seq " + seq + " (its hash does not match its content)");
				}
				Long entryCase = line.path("caseId").isNumber() ? line.path("caseId").asLong() : null;
				if (!Objects.equals(entryCase, caseId)) {
					problems.add("audit entry seq " + seq + " does not belong to case " + caseId);
				}
				if (!broken && (line.path("caseSeq").asLong() != count
						|| !prevHash.equals(line.path("casePrevHash").asString("")))) {
					problems.add("case chain broken at " + count + ": the entry there (seq " + seq
							+ ") does not follow the one before; an entry was removed, added or reordered");
					broken = true;
				}
				if (seq > headSeq) {
					problems.add("audit entry seq " + seq + " is after the organisation chain's head " + headSeq);
				}
				prevHash = hash;
			}
		}
		catch (ZipException ex) {
			return;
		}
		if (count != stated) {
			problems.add("the manifest states " + stated + " audit entries of the case, the dossier holds " + count);
		}
		else if (!broken && count > 0 && !prevHash.equals(statedLast)) {
			problems.add("the last audit entry of the case is not the one the manifest names");
		}
		if (problems.isEmpty()) {
			summary.add(count + " audit entries of the case recomputed, case chain unbroken from 1 to " + count
					+ (count > 0 ? " (last hash " + prevHash + ")" : ""));
			summary.add("organisation chain head at export: seq " + headSeq + ", hash "
					+ manifest.path("organisationChain").path("headHash").asString(""));
		}
	}

	private static String recompute(JsonNode line) {
		try {
			JsonNode team = line.path("teamId");
			JsonNode caseId = line.path("caseId");
			JsonNode caseSeq = line.path("caseSeq");
			return AuditHashes.hash(line.path("seq").asLong(), Instant.parse(line.path("occurredAt").asString()),
					text(line, "actor"), text(line, "action"), text(line, "entityType"), text(line, "entityId"),
					team.isNumber() ? team.asLong() : null, text(line, "changes"), text(line, "reason"),
					text(line, "prevHash"), caseId.isNumber() ? caseId.asLong() : null,
					caseSeq.isNumber() ? caseSeq.asInt() : null, text(line, "casePrevHash"));
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static String text(JsonNode line, String field) {
		JsonNode value = line.get(field);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	private static void checkTimeStamp(ZipFile zip, byte[] manifest, X509CertificateHolder tsaCertificate,
			List<String> problems, List<String> summary) throws IOException {
		ZipEntry entry = zip.getEntry(DossierPackager.TIMESTAMP);
		if (entry == null) {
			summary.add("not time-stamped");
			return;
		}
		byte[] token = read(zip, entry, problems);
		if (token == null) {
			return;
		}
		try {
			TimeStamps.Stamp stamp = TimeStamps.verify(token, manifest, tsaCertificate);
			summary.add("time-stamped " + stamp.at() + " by " + stamp.authority()
					+ (tsaCertificate == null ? " (the certificate carried in the token)" : ""));
		}
		catch (TimeStamps.InvalidTimeStampException ex) {
			problems.add("time-stamp token invalid: " + ex.getMessage());
		}
	}

	private static byte[] read(ZipFile zip, ZipEntry entry, List<String> problems) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return in.readAllBytes();
		}
		catch (ZipException ex) {
			problems.add("file changed: " + entry.getName() + " (its bytes no longer match the ZIP's checksum)");
			return null;
		}
	}

	/** The SHA-256 and size of an entry, or null when its bytes fail the ZIP's CRC. */
	private static String[] hash(ZipFile zip, ZipEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[64 * 1024];
			long size = 0;
			int n;
			while ((n = in.read(buffer)) > 0) {
				digest.update(buffer, 0, n);
				size += n;
			}
			return new String[] { HexFormat.of().formatHex(digest.digest()), Long.toString(size) };
		}
		catch (ZipException ex) {
			return null;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/** What was found: no problems means the dossier is valid. */
	public record Verification(List<String> problems, List<String> summary) {

		public boolean valid() {
			return this.problems.isEmpty();
		}

	}

}
