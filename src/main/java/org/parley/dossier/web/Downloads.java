package org.parley.dossier.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** The headers of a ZIP download, set before the first byte is written. */
final class Downloads {

	private Downloads() {
	}

	static void zip(HttpServletResponse response, String filename) {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
