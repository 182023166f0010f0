package org.parley.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns away an upload over the size limit before anything reads its parameters. Left to
 * the container, the oversized body fails while the CSRF check reads the form, and even
 * the error page cannot be rendered; here the browser is sent to a page that says what
 * happened. (The page's script stops most such uploads before they are sent.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimitFilter extends OncePerRequestFilter {

	static final String TOO_LARGE_PATH = "/upload-too-large";

	private final long maxRequestBytes;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:12MB}") DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
				&& request.getContentLengthLong() > this.maxRequestBytes) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + TOO_LARGE_PATH);
			response.setHeader("Connection", "close");
			return;
		}
		chain.doFilter(request, response);
	}

	/** The page the filter sends the browser to. */
	@Controller
	static class TooLargePage {

		@GetMapping(TOO_LARGE_PATH)
		ModelAndView tooLarge() {
			ModelAndView page = new ModelAndView("error/413");
			page.setStatus(HttpStatus.CONTENT_TOO_LARGE);
			return page;
		}

	}

}
