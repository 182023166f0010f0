package org.parley.shared.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.WebExpressionContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * Links as pages build them: only links to static files are looked up in the resource
 * chain; every other link is written as it is, without a single lookup.
 */
class StaticLinksTest {

	private final ResourceUrlProvider resourceUrls = mock(ResourceUrlProvider.class);

	private final StaticLinks links = new StaticLinks(() -> this.resourceUrls, StaticFiles.PATHS);

	@Test
	void aLinkToAPageIsNeverLookedUpInTheResourceChain() {
		IExpressionContext page = page("");

		assertThat(this.links.buildLink(page, "/cases/{id}", Map.of("id", 12, "step", "ROUNDS")))
			.isEqualTo("/cases/12?step=ROUNDS");
		assertThat(this.links.buildLink(page, "/", Map.of())).isEqualTo("/");
		assertThat(this.links.buildLink(page, "/cssx/not-static", Map.of())).isEqualTo("/cssx/not-static");
		assertThat(this.links.buildLink(page, "https://example.org/css/a.css", Map.of()))
			.isEqualTo("https://example.org/css/a.css");
		verifyNoInteractions(this.resourceUrls);
	}

	@Test
	void aLinkToOurCssOrAWebJarGetsItsVersionedUrl() {
		given(this.resourceUrls.getForLookupPath("/css/parley.css"))
			.willReturn("/css/parley-0123456789abcdef0123456789abcdef.css");
		given(this.resourceUrls.getForLookupPath("/webjars/htmx.org/dist/htmx.min.js"))
			.willReturn("/webjars/htmx.org/2.0.7/dist/htmx.min.js");

		assertThat(this.links.buildLink(page(""), "/css/parley.css", Map.of()))
			.isEqualTo("/css/parley-0123456789abcdef0123456789abcdef.css");
		assertThat(this.links.buildLink(page(""), "/webjars/htmx.org/dist/htmx.min.js", Map.of()))
			.isEqualTo("/webjars/htmx.org/2.0.7/dist/htmx.min.js");
	}

	@Test
	void theContextPathAndTheQueryAreKeptAroundTheVersionedPath() {
		given(this.resourceUrls.getForLookupPath("/js/parley.js"))
			.willReturn("/js/parley-0123456789abcdef0123456789abcdef.js");

		assertThat(this.links.buildLink(page("/parley"), "/js/parley.js", Map.of("v", "x")))
			.isEqualTo("/parley/js/parley-0123456789abcdef0123456789abcdef.js?v=x");
		verify(this.resourceUrls).getForLookupPath("/js/parley.js");
	}

	@Test
	void aStaticFileTheChainDoesNotKnowKeepsItsLink() {
		assertThat(this.links.buildLink(page(""), "/js/missing.js", Map.of())).isEqualTo("/js/missing.js");
	}

	private static IExpressionContext page(String contextPath) {
		MockServletContext servletContext = new MockServletContext();
		MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", contextPath + "/cases");
		request.setContextPath(contextPath);
		return new WebExpressionContext(new SpringTemplateEngine().getConfiguration(),
				JakartaServletWebApplication.buildApplication(servletContext)
					.buildExchange(request, new MockHttpServletResponse()));
	}

}
