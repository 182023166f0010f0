package org.parley.dossier.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.parley.dossier.DossierIntegrityException;
import org.parley.dossier.Dossiers;
import org.parley.dossier.SigningUnavailableException;
import org.parley.dossier.packaging.OrganisationSigning;
import org.parley.dossier.seal.SigningKey;
import org.parley.shared.CurrentUser;
import org.parley.shared.Text;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A case's dossier downloaded from its page, and the organisation's public key that
 * verifies it. Every check (the right to export, the key, the attachments' checksums) is
 * made before the ZIP's headers and first byte, so a refusal is a whole page.
 */
@Controller
class DossierController {

	private final Dossiers dossiers;

	private final OrganisationSigning signing;

	DossierController(Dossiers dossiers, OrganisationSigning signing) {
		this.dossiers = dossiers;
		this.signing = signing;
	}

	@GetMapping("/cases/{id}/dossier")
	void download(@PathVariable long id, @RequestParam(required = false) String reason, Locale locale,
			@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		Dossiers.Prepared dossier = this.dossiers.prepare(this.dossiers.authorise(id, user), locale);
		Downloads.zip(response, Dossiers.filename(id));
		this.dossiers.write(dossier, reason(reason), response.getOutputStream());
		response.flushBuffer();
	}

	/** The public key and its fingerprint, for whoever verifies a dossier. */
	@GetMapping("/dossiers/key")
	String key(Model model) {
		this.signing.key().ifPresent((key) -> {
			model.addAttribute("pem", key.publicKeyPem());
			model.addAttribute("fingerprint", key.fingerprint());
			model.addAttribute("algorithm", key.algorithmName());
		});
		return "dossier/key";
	}

	@GetMapping("/dossiers/key.pem")
	ResponseEntity<String> keyPem() {
		SigningKey key = this.signing.key().orElseThrow(SigningUnavailableException::new);
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "x-pem-file", StandardCharsets.US_ASCII))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("org-public-key.pem").build().toString())
			.body(key.publicKeyPem());
	}

	@ExceptionHandler(SigningUnavailableException.class)
	ModelAndView unavailable() {
		ModelAndView page = new ModelAndView("dossier/unavailable");
		page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
		return page;
	}

	/**
	 * The translated page that names the attachments changed after upload, instead of a
	 * dossier: nothing was written yet.
	 */
	@ExceptionHandler(DossierIntegrityException.class)
	ModelAndView changed(DossierIntegrityException ex) {
		ModelAndView page = new ModelAndView("dossier/integrity");
		page.addObject("caseId", ex.caseId());
		page.addObject("files", String.join(", ", ex.filenames()));
		page.setStatus(HttpStatus.CONFLICT);
		return page;
	}

	static String reason(String reason) {
		String text = Text.blankToNull(reason);
		return (text != null && text.length() > 2000) ? text.substring(0, 2000) : text;
	}

}
