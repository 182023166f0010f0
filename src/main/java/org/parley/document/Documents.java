package org.parley.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores and opens files. Only PDF, PNG and JPEG are accepted, recognised by their first
 * bytes rather than by what the browser claims, and at most {@value #MAX_BYTES} bytes:
 * enough for a signed scan or a photo, and nothing a browser would run.
 */
@Service
public class Documents {

	/** Ten megabytes. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final Map<String, byte[]> SIGNATURES = Map.of("application/pdf", "%PDF-".getBytes(), "image/png",
			new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "image/jpeg",
			new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	private final StoredDocumentRepository documents;

	private final Clock clock;

	Documents(StoredDocumentRepository documents, Clock clock) {
		this.documents = documents;
		this.clock = clock;
	}

	/**
	 * Stores an uploaded file.
	 * @param field the form field to blame when the file is refused
	 * @param teamId the team whose members may open it, or null for every signed-in user
	 * @return the new document's id
	 */
	@Transactional
	public long store(MultipartFile file, String field, Long teamId, CurrentUser uploader) {
		if (file.getSize() > MAX_BYTES) {
			throw new RuleViolation(field, "document.too-large");
		}
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = in.readNBytes(MAX_BYTES + 1);
		}
		catch (IOException ex) {
			throw new RuleViolation(field, "document.unreadable");
		}
		if (content.length == 0) {
			throw new RuleViolation(field, "document.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new RuleViolation(field, "document.too-large");
		}
		String type = SIGNATURES.entrySet()
			.stream()
			.filter((signature) -> startsWith(content, signature.getValue()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new RuleViolation(field, "document.type"));
		String filename = cleanFilename(file.getOriginalFilename());
		StoredDocument document = new StoredDocument(teamId, filename, type, content, sha256(content),
				uploader.username(), this.clock.instant());
		return this.documents.save(document).getId();
	}

	@Transactional(readOnly = true)
	public DocumentInfo info(long id, CurrentUser reader) {
		return readable(id, reader).info();
	}

	@Transactional(readOnly = true)
	Download open(long id, CurrentUser reader) {
		StoredDocument document = readable(id, reader);
		return new Download(document.info(), document.getTeamId(), document.getContent());
	}

	/**
	 * Writes a stored file's bytes, unchanged, to a stream (a dossier's attachment), if
	 * the reader may open it. One file is at most {@value #MAX_BYTES} bytes.
	 */
	@Transactional(readOnly = true)
	public void copyTo(long id, CurrentUser reader, java.io.OutputStream out) throws IOException {
		out.write(readable(id, reader).getContent());
	}

	private StoredDocument readable(long id, CurrentUser reader) {
		StoredDocument document = this.documents.findById(id).orElseThrow(() -> new DocumentNotFoundException(id));
		if (document.getTeamId() != null && !reader.teamIds().contains(document.getTeamId())) {
			throw new DocumentNotFoundException(id);
		}
		return document;
	}

	static String cleanFilename(String original) {
		String name = (original == null) ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "document";
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	record Download(DocumentInfo info, Long teamId, byte[] content) {
	}

}
