package org.parley.support;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Exists only in tests: a filter whose database cannot be reached on one address, as a
 * filter that reads the database (the user's account, a session) meets a restart before
 * any controller runs.
 */
@Component
class DatabaseDownFilter extends OncePerRequestFilter {

	static final String PATH = "/test/database-down-before-controller";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().equals(PATH);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		throw ExplodingController.databaseUnreachable();
	}

}
