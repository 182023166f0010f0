package org.parley.shared.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.shared.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Access is decided before validation: for every request to a controller, after the URL
 * rules of the security configuration and {@link ReadOnlyRoles}, and before any argument
 * is bound, each module's {@link RouteGuard} may answer 404 (a record of another team, or
 * none) or 403 (a role that may not do this). A body that would not validate never gets
 * to say more than the user may know.
 */
@Component
class RouteGuards implements WebMvcConfigurer, HandlerInterceptor {

	/**
	 * After {@link ReadOnlyRoles} (order 0): a read-only role is refused first, with 403.
	 */
	static final int ORDER = 10;

	private final ObjectProvider<RouteGuard> guards;

	RouteGuards(ObjectProvider<RouteGuard> guards) {
		this.guards = guards;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(ORDER);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod)) {
			return true;
		}
		CurrentUser user = currentUser();
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (user == null || pattern == null) {
			return true;
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Route route = new Route(request.getMethod(), pattern.toString(), (variables != null) ? variables : Map.of());
		List<RouteGuard> all = this.guards.orderedStream().toList();
		for (RouteGuard guard : all) {
			guard.check(route, user);
		}
		return true;
	}

	private static CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) ? user : null;
	}

}
