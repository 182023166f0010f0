package org.parley.dossier.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.parley.dossier.BulkExports;
import org.parley.dossier.ExportNotReadyException;
import org.parley.dossier.ExportView;
import org.parley.dossier.SigningUnavailableException;
import org.parley.shared.CurrentUser;
import org.parley.shared.ReadOnlySafe;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk exports through the API: ask for one (202 with its address), follow it, download
 * its ZIP when it is {@code READY}.
 */
@RestController
class ExportApi {

	private final BulkExports exports;

	private final MessageSource messages;

	ExportApi(BulkExports exports, MessageSource messages) {
		this.exports = exports;
		this.messages = messages;
	}

	@ReadOnlySafe("Makes a bulk export of dossiers for the requester; changes no record")
	@PostMapping("/api/v1/exports")
	ResponseEntity<ExportView> request(@Valid @RequestBody ExportForm form, Locale locale,
			@AuthenticationPrincipal CurrentUser user) {
		ExportView export = this.exports.request(user, form.teamId(), form.from(), form.to(), locale,
				DossierController.reason(form.reason()));
		return ResponseEntity.accepted().location(URI.create("/api/v1/exports/" + export.id())).body(export);
	}

	@GetMapping("/api/v1/exports/{id}")
	ExportView get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return this.exports.get(id, user);
	}

	@GetMapping("/api/v1/exports/{id}/file")
	void file(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
			throws IOException {
		ExportView export = this.exports.get(id, user);
		Path file = this.exports.file(id, user);
		Downloads.zip(response, export.filename());
		response.setContentLengthLong(Files.size(file));
		Files.copy(file, response.getOutputStream());
		response.flushBuffer();
	}

	@ExceptionHandler(ExportNotReadyException.class)
	ProblemDetail notReady(ExportNotReadyException ex, HttpServletRequest request, Locale locale) {
		ProblemDetail problem = DossierApi.problem(this.messages, HttpStatus.CONFLICT, "export-not-ready",
				"exports.not-ready", request, locale);
		problem.setProperty("exportStatus", ex.status().name());
		return problem;
	}

	@ExceptionHandler(SigningUnavailableException.class)
	ProblemDetail unavailable(HttpServletRequest request, Locale locale) {
		return DossierApi.problem(this.messages, HttpStatus.SERVICE_UNAVAILABLE, "dossier-unavailable",
				"dossier.unavailable", request, locale);
	}

}
