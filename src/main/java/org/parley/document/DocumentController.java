package org.parley.document;

import java.util.List;
import java.util.Optional;

import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.shared.CurrentUser;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Downloads a stored file, always as an attachment so the browser never renders it in
 * Parley's origin. Every download is recorded in the read log, with the case the file
 * belongs to when a module knows it ({@link DocumentCases}).
 */
@Controller
class DocumentController {

	private final Documents documents;

	private final ReadLog readLog;

	private final List<DocumentCases> cases;

	DocumentController(Documents documents, ReadLog readLog, List<DocumentCases> cases) {
		this.documents = documents;
		this.readLog = readLog;
		this.cases = cases;
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser reader) {
		Documents.Download download = this.documents.open(id, reader);
		Long caseId = this.cases.stream()
			.map((owner) -> owner.caseOf(id))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		this.readLog.record(ReadAction.DOWNLOADED, "StoredDocument", Long.toString(id), caseId, download.teamId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.info().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.info().filename(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Checksum-SHA256", download.info().sha256())
			.body(download.content());
	}

}
