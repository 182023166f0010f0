package org.parley.shared.web;

import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.shared.CurrentUser;
import org.parley.shared.ReadOnlySafe;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Users whose roles only read (auditors) send no write: every POST, PUT, PATCH and DELETE
 * handler refuses them with 403 (a page, or a problem from the API, token or session
 * alike) before it binds anything, unless it is marked {@link ReadOnlySafe}. Checked
 * here, once for every controller, so that a new endpoint cannot forget it; the services
 * keep their own checks.
 */
@Component
class ReadOnlyRoles implements WebMvcConfigurer, HandlerInterceptor {

	/** The roles that may change records; a user with none of them only reads. */
	static final Set<String> WRITING_ROLES = Set.of("FIELD_OFFICER", "HQ_REVIEWER", "ADMIN");

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// An error page rendered for a refused post keeps the post's method: let it show.
		if (request.getDispatcherType() != DispatcherType.REQUEST || READS.contains(request.getMethod())
				|| !(handler instanceof HandlerMethod method)) {
			return true;
		}
		CurrentUser user = currentUser();
		if (user == null || !readsOnly(user) || safe(method)) {
			return true;
		}
		throw new AccessDeniedException("Read-only roles change nothing");
	}

	/** Whether the user holds no role that changes records (an auditor only). */
	static boolean readsOnly(CurrentUser user) {
		return WRITING_ROLES.stream().noneMatch(user::hasRole);
	}

	private static boolean safe(HandlerMethod method) {
		return AnnotatedElementUtils.hasAnnotation(method.getMethod(), ReadOnlySafe.class)
				|| AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ReadOnlySafe.class);
	}

	private static CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user : null;
	}

}
