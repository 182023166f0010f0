package org.parley.shared.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An API write whose {@code Accept} takes neither JSON nor a problem detail is refused
 * with 406 before it runs. Spring chooses the answer's format after the handler has
 * returned: without this, the change would be saved and only its answer refused.
 */
@Component
class AcceptBeforeWrites implements WebMvcConfigurer, HandlerInterceptor {

	/** After {@link RouteGuards}: who may not write learns that first. */
	static final int ORDER = RouteGuards.ORDER + 10;

	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_PROBLEM_JSON);

	private final HeaderContentNegotiationStrategy negotiation = new HeaderContentNegotiationStrategy();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).order(ORDER);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotAcceptableException {
		if (request.getDispatcherType() != DispatcherType.REQUEST || READS.contains(request.getMethod())
				|| !(handler instanceof HandlerMethod method)
				|| !method.getBeanType().isAnnotationPresent(RestController.class)) {
			return true;
		}
		List<MediaType> accepted = this.negotiation.resolveMediaTypes(new ServletWebRequest(request));
		if (accepted.stream().noneMatch((type) -> ANSWERS.stream().anyMatch(type::isCompatibleWith))) {
			throw new HttpMediaTypeNotAcceptableException(ANSWERS);
		}
		return true;
	}

}
