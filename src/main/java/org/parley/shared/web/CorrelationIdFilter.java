package org.parley.shared.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a short id that appears in each log line and on error pages, so a
 * user can quote it and an operator can find what went wrong without the user ever seeing
 * a stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

	static final String ATTRIBUTE = "correlationId";

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[5];
		RANDOM.nextBytes(bytes);
		String id = HexFormat.of().formatHex(bytes);
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader("X-Correlation-Id", id);
		MDC.put(ATTRIBUTE, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(ATTRIBUTE);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

}
