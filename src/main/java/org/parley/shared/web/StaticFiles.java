package org.parley.shared.web;

import java.time.Duration;
import java.util.List;

import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files a slow connection can afford: each is fetched once and then kept. Parley's
 * own CSS and JavaScript are addressed by a hash of their content
 * ({@code /css/parley-<md5>.css}), WebJars by their version
 * ({@code /webjars/bootstrap/5.3.8/...}); such a URL never changes its content, so it is
 * cached for a year without revalidation. The same file without its version (written by
 * hand rather than with {@code @{...}}) is revalidated on each use, since the next
 * release may change what it serves. The URL's pattern decides, so the header is only set
 * on a file that was found; a wrong version is a 404 that nobody keeps. Everything else
 * keeps Spring Security's {@code no-store}. Boot's own resource mappings and its resource
 * chain are switched off in {@code application.yml}: see decision 0012.
 */
@Configuration(proxyBeanMethods = false)
class StaticFiles implements WebMvcConfigurer {

	/** The paths of static files: the only links of a page that get a version. */
	static final List<String> PATHS = List.of("/css/", "/js/", "/webjars/");

	/** A year, never revalidated: a versioned URL always serves the same bytes. */
	private static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** Stored, but asked for again (answered 304 when unchanged) before each use. */
	private static final CacheControl UNVERSIONED = CacheControl.noCache();

	/**
	 * A content hash as {@link VersionResourceResolver} writes it:
	 * {@code name-<md5>.ext}, directly in its folder (a file in a sub-folder would be
	 * served as unversioned: revalidated, never wrongly kept).
	 */
	private static final String HASHED_NAME = "{file:.+-[0-9a-f]{32}\\.\\w+}";

	/** A WebJar's version after its name: {@code bootstrap/5.3.8/dist/...}. */
	private static final String VERSIONED_WEBJAR = "/webjars/{webjar}/{version:\\d+\\.\\d+[\\w.+-]*}/**";

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		for (String folder : List.of("css", "js")) {
			hashed(registry.addResourceHandler("/" + folder + "/" + HASHED_NAME), folder, VERSIONED);
			hashed(registry.addResourceHandler("/" + folder + "/**"), folder, UNVERSIONED);
		}
		webJars(registry.addResourceHandler(VERSIONED_WEBJAR), VERSIONED);
		webJars(registry.addResourceHandler("/webjars/**"), UNVERSIONED);
	}

	private static void hashed(ResourceHandlerRegistration registration, String folder, CacheControl cache) {
		registration.addResourceLocations("classpath:/static/" + folder + "/")
			.setCacheControl(cache)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			// Named, so that the chain does not also look for these files in WebJars.
			.addResolver(new PathResourceResolver());
	}

	private static void webJars(ResourceHandlerRegistration registration, CacheControl cache) {
		// The chain adds the WebJars resolver, which finds the version of a version-free
		// path.
		registration.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(cache)
			.resourceChain(true);
	}

	/**
	 * Gives Thymeleaf the link builder that versions links to static files. Boot's
	 * template engine takes no link builder from the context, so it is set here, before
	 * the engine's first use; the URL provider is looked up at the first link.
	 */
	@Bean
	static BeanPostProcessor staticLinksInTemplates(ObjectProvider<ResourceUrlProvider> resourceUrls) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(new StaticLinks(SingletonSupplier.of(resourceUrls::getObject), PATHS));
				}
				return bean;
			}

		};
	}

}
