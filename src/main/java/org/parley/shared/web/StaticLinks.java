package org.parley.shared.web;

import java.util.List;
import java.util.function.Supplier;

import org.thymeleaf.context.Contexts;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Builds links as Thymeleaf's own builder does, and gives a link to a static file its
 * versioned URL ({@code @{/css/parley.css}} becomes {@code /css/parley-<md5>.css}). Only
 * links under the static paths are looked up: Spring's {@code ResourceUrlEncodingFilter}
 * would pass every link of a page ({@code @{/cases/12}} too) through the resource
 * resolvers, each time searching the class path for a file that is not there.
 */
class StaticLinks extends StandardLinkBuilder {

	private final Supplier<ResourceUrlProvider> resourceUrls;

	private final List<String> staticPaths;

	StaticLinks(Supplier<ResourceUrlProvider> resourceUrls, List<String> staticPaths) {
		this.resourceUrls = resourceUrls;
		this.staticPaths = staticPaths;
	}

	@Override
	protected String processLink(IExpressionContext context, String link) {
		return super.processLink(context, versioned(context, link));
	}

	private String versioned(IExpressionContext context, String link) {
		if (!Contexts.isWebContext(context)) {
			return link;
		}
		String contextPath = Contexts.getWebExchange(context).getRequest().getApplicationPath();
		if (!link.startsWith(contextPath)) {
			return link;
		}
		String path = link.substring(contextPath.length());
		if (this.staticPaths.stream().noneMatch(path::startsWith)) {
			return link;
		}
		int end = endOfPath(path);
		String versioned = this.resourceUrls.get().getForLookupPath(path.substring(0, end));
		return (versioned != null) ? contextPath + versioned + path.substring(end) : link;
	}

	/** Where the query or the fragment starts, if the link has one. */
	private static int endOfPath(String path) {
		for (int i = 0; i < path.length(); i++) {
			if (path.charAt(i) == '?' || path.charAt(i) == '#') {
				return i;
			}
		}
		return path.length();
	}

}
