package org.parley.dossier.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.dossier.DossierIntegrityException;
import org.parley.dossier.Dossiers;
import org.parley.dossier.SigningUnavailableException;
import org.parley.shared.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's dossier through the API (a personal access token of an auditor or HQ reviewer
 * of the case's team): {@code application/zip}, or a problem, decided before the first
 * byte.
 */
@RestController
class DossierApi {

	private final Dossiers dossiers;

	private final MessageSource messages;

	DossierApi(Dossiers dossiers, MessageSource messages) {
		this.dossiers = dossiers;
		this.messages = messages;
	}

	@GetMapping("/api/v1/cases/{id}/dossier")
	void download(@PathVariable long id, @RequestParam(required = false) String reason, Locale locale,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		Dossiers.Prepared dossier = this.dossiers.prepare(this.dossiers.authorise(id, user), locale);
		Downloads.zip(response, Dossiers.filename(id));
		this.dossiers.write(dossier, DossierController.reason(reason), response.getOutputStream());
		response.flushBuffer();
	}

	@ExceptionHandler(SigningUnavailableException.class)
	ProblemDetail unavailable(HttpServletRequest request, Locale locale) {
		return problem(this.messages, HttpStatus.SERVICE_UNAVAILABLE, "dossier-unavailable", "dossier.unavailable",
				request, locale);
	}

	/**
	 * Attachments changed after upload: 409, naming them, before any byte of the ZIP.
	 */
	@ExceptionHandler(DossierIntegrityException.class)
	ProblemDetail changed(DossierIntegrityException ex, HttpServletRequest request, Locale locale) {
		ProblemDetail problem = problem(this.messages, HttpStatus.CONFLICT, "dossier-integrity", "dossier.integrity",
				request, locale);
		problem.setDetail(this.messages.getMessage("dossier.integrity.detail",
				new Object[] { String.join(", ", ex.filenames()) }, locale));
		problem.setProperty("caseId", ex.caseId());
		problem.setProperty("files", ex.files()
			.stream()
			.map((file) -> Map.of("documentId", file.documentId(), "filename", file.filename(), "path", file.path()))
			.toList());
		return problem;
	}

	static ProblemDetail problem(MessageSource messages, HttpStatus status, String type, String key,
			HttpServletRequest request, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("urn:parley:problem:" + type));
		problem.setTitle(messages.getMessage(key + ".title", null, locale));
		problem.setDetail(messages.getMessage(key + ".detail", null, locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		Object correlationId = request.getAttribute("correlationId");
		if (correlationId != null) {
			problem.setProperty("correlationId", correlationId.toString());
		}
		return problem;
	}

}
