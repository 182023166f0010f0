package org.parley.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.shared.CurrentUser;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * Downloads a stored file, always as an attachment so the browser never renders it in
 * Parley's origin, and never sniffs it as something else. Every download is recorded in
 * the read log, with the case the file belongs to when a module knows it
 * ({@link DocumentCases}); a file that no longer matches its checksum is not sent
 * ({@link Documents#open}).
 */
@Controller
class DocumentController {

	private final Documents documents;

	private final ReadLog readLog;

	DocumentController(Documents documents, ReadLog readLog) {
		this.documents = documents;
		this.readLog = readLog;
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, @AuthenticationPrincipal CurrentUser reader) {
		Documents.Download download = this.documents.open(id, reader);
		this.readLog.record(ReadAction.DOWNLOADED, "StoredDocument", Long.toString(id), download.caseId(),
				download.teamId());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.info().contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(download.info().filename()))
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Checksum-SHA256", download.info().sha256())
			.body(download.content());
	}

	/**
	 * The translated page that says the file was withheld, instead of the file: 409, the
	 * stored file being in a state that conflicts with its own record (no fault of the
	 * request, and not an error of the server that trying again would mend). The audit
	 * entry was written before, outside any transaction, and stays.
	 */
	@ExceptionHandler(DocumentIntegrityException.class)
	ModelAndView tampered(DocumentIntegrityException ex) {
		ModelAndView page = new ModelAndView("document/integrity");
		page.addObject("filename", ex.filename());
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	/**
	 * {@code attachment} with the name twice, as RFC 6266 advises: a plain ASCII
	 * {@code filename} any browser reads, and the exact name as {@code filename*} in
	 * UTF-8.
	 */
	static String attachment(String filename) {
		String ascii = filename.replaceAll("[^A-Za-z0-9._()\\- ]", "_");
		String utf8 = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
	}

}
