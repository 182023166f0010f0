package org.parley.dossier.packaging;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditHashes;
import org.parley.dossier.DossierFile;
import org.parley.dossier.seal.SigningKey;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a dossier as a ZIP straight to a stream, one file after the other: each file's
 * size and SHA-256 are taken while it is written, so nothing is held in memory but the
 * manifest. Then the manifest ({@value #MANIFEST}), its signature ({@value #SIGNATURE})
 * and, when a time-stamping authority is configured, its time-stamp
 * ({@value #TIMESTAMP}). Free of Spring: tests build dossiers with it directly.
 */
public final class DossierPackager {

	public static final String FORMAT = "parley-dossier/1";

	public static final String MANIFEST = "manifest.json";

	public static final String SIGNATURE = "manifest.sig";

	public static final String TIMESTAMP = "manifest.tsr";

	public static final String ENTRIES = "audit/entries.jsonl";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final JsonMapper LINES = JsonMapper.builder().build();

	private final SigningKey key;

	private final TimeStamper stamper;

	/**
	 * @param stamper the time-stamping authority, or null for none
	 */
	public DossierPackager(SigningKey key, TimeStamper stamper) {
		this.key = key;
		this.stamper = stamper;
	}

	/**
	 * Writes the dossier's ZIP. The stream is finished but not closed, so a bulk export
	 * writes dossiers one after the other into its own ZIP.
	 */
	public void write(Dossier dossier, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(new FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				this.out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		}, StandardCharsets.UTF_8);
		List<Map<String, Object>> files = new ArrayList<>();
		Set<String> paths = new HashSet<>();
		for (DossierFile file : dossier.files()) {
			if (!paths.add(file.path())) {
				throw new IllegalStateException("Two files of the dossier have the path " + file.path());
			}
			files.add(entry(zip, file.path(), dossier.generatedAt(), file::writeTo));
		}
		EntriesWriter entries = new EntriesWriter();
		files.add(entry(zip, ENTRIES, dossier.generatedAt(), (sink) -> {
			entries.sink = sink;
			dossier.entries().accept(entries);
			if (entries.failure != null) {
				throw entries.failure;
			}
		}));
		ChainHead head = dossier.head().get();
		byte[] manifest = manifest(dossier, files, entries, head);
		put(zip, MANIFEST, dossier.generatedAt(), manifest);
		put(zip, SIGNATURE, dossier.generatedAt(), this.key.sign(manifest));
		if (this.stamper != null) {
			byte[] token = this.stamper.stamp(manifest);
			if (token != null) {
				put(zip, TIMESTAMP, dossier.generatedAt(), token);
			}
		}
		zip.finish();
		zip.flush();
	}

	private byte[] manifest(Dossier dossier, List<Map<String, Object>> files, EntriesWriter entries, ChainHead head) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", FORMAT);
		Map<String, Object> team = new LinkedHashMap<>();
		team.put("id", dossier.teamId());
		team.put("name", dossier.teamName());
		Map<String, Object> theCase = new LinkedHashMap<>();
		theCase.put("id", dossier.caseId());
		theCase.put("title", dossier.title());
		theCase.put("team", team);
		manifest.put("case", theCase);
		manifest.put("generatedAt", DateTimeFormatter.ISO_INSTANT.format(dossier.generatedAt()));
		manifest.put("generatedBy", dossier.generatedBy());
		manifest.put("language", dossier.language());
		manifest.put("files", files);
		Map<String, Object> caseChain = new LinkedHashMap<>();
		caseChain.put("file", ENTRIES);
		caseChain.put("entries", entries.count);
		caseChain.put("lastHash", entries.lastHash);
		manifest.put("caseChain", caseChain);
		Map<String, Object> organisationChain = new LinkedHashMap<>();
		organisationChain.put("headSeq", head.seq());
		organisationChain.put("headHash", head.hash());
		manifest.put("organisationChain", organisationChain);
		Map<String, Object> signature = new LinkedHashMap<>();
		signature.put("file", SIGNATURE);
		signature.put("algorithm", this.key.algorithmName());
		signature.put("publicKeySha256", this.key.fingerprint());
		manifest.put("signature", signature);
		return JSON.writeValueAsBytes(manifest);
	}

	private static Map<String, Object> entry(ZipOutputStream zip, String path, Instant time, Writer writer)
			throws IOException {
		ZipEntry entry = new ZipEntry(path);
		entry.setTime(time.toEpochMilli());
		zip.putNextEntry(entry);
		Sink sink = new Sink(zip);
		writer.writeTo(sink);
		zip.closeEntry();
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("path", path);
		file.put("size", sink.size);
		file.put("sha256", java.util.HexFormat.of().formatHex(sink.digest.digest()));
		return file;
	}

	private static void put(ZipOutputStream zip, String path, Instant time, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(path);
		entry.setTime(time.toEpochMilli());
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	/** One line of {@value #ENTRIES}: every field the entry's hash covers, as hashed. */
	static Map<String, Object> line(AuditEntryView entry) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("seq", entry.seq());
		line.put("occurredAt", DateTimeFormatter.ISO_INSTANT.format(entry.occurredAt()));
		line.put("actor", entry.actor());
		line.put("action", entry.action().name());
		line.put("entityType", entry.entityType());
		line.put("entityId", entry.entityId());
		line.put("teamId", entry.teamId());
		line.put("changes", entry.canonicalChanges());
		line.put("reason", entry.reason());
		line.put("prevHash", entry.prevHash());
		line.put("caseId", entry.caseId());
		line.put("caseSeq", entry.caseSeq());
		line.put("casePrevHash", entry.casePrevHash());
		line.put("hash", entry.hash());
		return line;
	}

	/** What a file writes into its place in the ZIP. */
	@FunctionalInterface
	private interface Writer {

		void writeTo(OutputStream out) throws IOException;

	}

	/** Counts and hashes what a file writes; a file closing it does not close the ZIP. */
	private static final class Sink extends FilterOutputStream {

		private final MessageDigest digest;

		private long size;

		Sink(OutputStream out) {
			super(out);
			try {
				this.digest = MessageDigest.getInstance("SHA-256");
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
			}
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.digest.update((byte) b);
			this.size++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.digest.update(b, off, len);
			this.size += len;
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

	/** Writes the case's entries one line each, as they are read. */
	private static final class EntriesWriter implements Consumer<AuditEntryView> {

		private OutputStream sink;

		private long count;

		private String lastHash = AuditHashes.GENESIS;

		private IOException failure;

		@Override
		public void accept(AuditEntryView entry) {
			if (this.failure != null) {
				return;
			}
			try {
				this.sink.write(LINES.writeValueAsBytes(line(entry)));
				this.sink.write('\n');
				this.count++;
				this.lastHash = entry.hash();
			}
			catch (IOException ex) {
				this.failure = ex;
			}
		}

	}

	/**
	 * What goes into one dossier.
	 *
	 * @param files the content files and the attachments, in their order in the ZIP
	 * @param entries streams the case's audit entries, oldest first, to the consumer
	 * @param head the organisation chain's head, read after the case's entries
	 */
	public record Dossier(long caseId, String title, long teamId, String teamName, Instant generatedAt,
			String generatedBy, String language, List<DossierFile> files, Consumer<Consumer<AuditEntryView>> entries,
			java.util.function.Supplier<ChainHead> head) {

	}

	/** The last entry of the organisation's chain: its number and hash. */
	public record ChainHead(long seq, String hash) {

	}

	/**
	 * Time-stamps a manifest: the DER {@code TimeStampResp}, or null when none is had.
	 */
	@FunctionalInterface
	public interface TimeStamper {

		byte[] stamp(byte[] manifest);

	}

}
