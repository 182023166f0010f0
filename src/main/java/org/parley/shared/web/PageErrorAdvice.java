package org.parley.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.shared.ConcurrentEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the failures every page can meet into clear, translated pages: a record changed
 * by someone else (409), a malformed id in a link (404). Everything else falls to the
 * error pages, which never show a stack trace. Also gives every template the current
 * path, for the navigation.
 */
@ControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 10)
class PageErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(PageErrorAdvice.class);

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	@ExceptionHandler({ ObjectOptimisticLockingFailureException.class, ConcurrentEditException.class })
	ModelAndView conflict(Exception ex, HttpServletResponse response) {
		log.info("Concurrent edit refused: {}", ex.getMessage());
		ModelAndView page = new ModelAndView("error/409");
		page.setStatus(org.springframework.http.HttpStatus.CONFLICT);
		return page;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformedId(MethodArgumentTypeMismatchException ex) {
		ModelAndView page = new ModelAndView("error/404");
		page.setStatus(org.springframework.http.HttpStatus.NOT_FOUND);
		return page;
	}

}
