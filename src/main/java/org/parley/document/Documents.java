package org.parley.document;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.audit.AuditAction;
import org.parley.audit.AuditLog;
import org.parley.audit.FieldChange;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.SecurityEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores and opens files. Only PDF, JPEG, PNG, WebP and office documents (docx, xlsx,
 * odt, ods) are accepted, recognised by their content rather than by what the browser
 * claims ({@link FileTypes}), never a file that is also a page or a script, and at most
 * {@value #MAX_BYTES} bytes: enough for a signed scan or a photo, and nothing a browser
 * would run. Every time a file is opened its SHA-256 is checked against the one recorded
 * at upload: a file changed behind Parley's back is not given out, and the attempt is
 * written to the audit log. The methods that check a file run outside any transaction (a
 * caller in one is refused at once), so the audit entry commits on its own and the
 * refusal that follows never takes it back.
 */
@Service
public class Documents {

	private static final Logger log = LoggerFactory.getLogger(Documents.class);

	/** Ten megabytes. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private final StoredDocumentRepository documents;

	private final Clock clock;

	private final AuditLog auditLog;

	private final List<DocumentCases> cases;

	Documents(StoredDocumentRepository documents, Clock clock, AuditLog auditLog, List<DocumentCases> cases) {
		this.documents = documents;
		this.clock = clock;
		this.auditLog = auditLog;
		this.cases = cases;
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
		String filename = cleanFilename(file.getOriginalFilename());
		String type;
		try {
			type = FileTypes.check(content, filename, file.getContentType());
		}
		catch (FileTypes.Refused refused) {
			throw new RuleViolation(field, refused.messageKey());
		}
		StoredDocument document = new StoredDocument(teamId, filename, type, content, sha256(content),
				uploader.username(), this.clock.instant());
		return this.documents.save(document).getId();
	}

	@Transactional(readOnly = true)
	public DocumentInfo info(long id, CurrentUser reader) {
		return readable(id, reader).info();
	}

	/**
	 * The file, if the reader may open it and it is still what was uploaded. Never in a
	 * transaction, so that a failed check is recorded whatever happens next.
	 * @throws DocumentIntegrityException when its bytes no longer match their checksum
	 */
	@Transactional(propagation = Propagation.NEVER)
	Download open(long id, CurrentUser reader) {
		StoredDocument document = intact(readable(id, reader), reader);
		return new Download(document.info(), document.getTeamId(), caseOf(id), document.getContent());
	}

	/**
	 * Checks that a stored file the reader may open is still what was uploaded, without
	 * giving it out: a dossier checks every attachment this way before its first byte is
	 * written, so that it is refused whole rather than cut off half-way.
	 * @throws DocumentIntegrityException when its bytes no longer match their checksum
	 * (the failure is already in the audit log)
	 */
	@Transactional(propagation = Propagation.NEVER)
	public void verify(long id, CurrentUser reader) {
		intact(readable(id, reader), reader);
	}

	/**
	 * Writes a stored file's bytes, unchanged, to a stream (a dossier's attachment), if
	 * the reader may open it. One file is at most {@value #MAX_BYTES} bytes.
	 * @throws DocumentIntegrityException when its bytes no longer match their checksum
	 */
	@Transactional(propagation = Propagation.NEVER)
	public void copyTo(long id, CurrentUser reader, java.io.OutputStream out) throws IOException {
		out.write(intact(readable(id, reader), reader).getContent());
	}

	/** The case the file is attached to, when a module knows it. */
	private Long caseOf(long id) {
		return this.cases.stream().map((owner) -> owner.caseOf(id)).flatMap(Optional::stream).findFirst().orElse(null);
	}

	/**
	 * The document, if its bytes still have the checksum recorded at upload; otherwise
	 * the failure is written to the audit log (under the file's team and case) and the
	 * file is withheld.
	 */
	private StoredDocument intact(StoredDocument document, CurrentUser reader) {
		String actual = sha256(document.getContent());
		if (actual.equals(document.getSha256())) {
			return document;
		}
		log.error("Stored document {} no longer matches its SHA-256 (recorded {}, now {}); not sent to {}",
				document.getId(), document.getSha256(), actual, reader.username());
		SecurityEvents.record(SecurityEvents.Kind.INTEGRITY_FAILURE, reader.username(), "document-" + document.getId());
		this.auditLog.record(reader.username(), AuditAction.INTEGRITY_FAILURE, "StoredDocument",
				Long.toString(document.getId()), document.getTeamId(), caseOf(document.getId()),
				Map.of("sha256", new FieldChange(document.getSha256(), actual)), null);
		throw new DocumentIntegrityException(document.getId(), document.getFilename());
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

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	record Download(DocumentInfo info, Long teamId, Long caseId, byte[] content) {
	}

}
