package org.parley.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page fragments other templates call (templates/fragments: breadcrumb, badges,
 * dashboard) render what their comments promise, including the optional parameters no
 * page uses yet. Plain Thymeleaf with the application's messages: no Spring context.
 */
class PageFragmentsTest {

	private final SpringTemplateEngine engine = engine();

	@Test
	void aBreadcrumbLinksItsCrumbsAndMarksThePageItselfAsCurrent() {
		String html = render(
				"""
						<nav th:replace="~{fragments/breadcrumb :: breadcrumb(#{incident.list.title}, '/incidents', 'Incident 4')}"></nav>
						""",
				Map.of());

		assertThat(html).contains("<nav aria-label=\"Breadcrumb\"><ol class=\"breadcrumb\">")
			.contains("<a href=\"/incidents\">Security incidents</a>")
			.contains("<li class=\"breadcrumb-item active\" aria-current=\"page\">Incident 4</li>")
			.containsOnlyOnce("breadcrumb-item\"");
	}

	@Test
	void aBreadcrumbShowsTheRecordBetweenWhenThereIsOneAndInTheReadersLanguage() {
		String template = """
				<nav th:replace="~{fragments/breadcrumb :: breadcrumb(first=#{armedgroup.list.title}, firstUrl='/armed-groups',
				     second=${group}, secondUrl=${group != null} ? '/armed-groups/4', current=#{armedgroup.edit})}"></nav>
				""";

		assertThat(render(template, Map.of("group", "Mara Norte"), Locale.forLanguageTag("es")))
			.contains("aria-label=\"Ruta de navegación\"")
			.contains("<li class=\"breadcrumb-item\"><a href=\"/armed-groups/4\">Mara Norte</a></li>");
		assertThat(render(template, Map.of())).doesNotContain("/armed-groups/4").containsOnlyOnce("breadcrumb-item\"");
	}

	@Test
	void aStatusBadgeIsTranslatedAndColouredByItsValueAndAbsentWithoutOne() {
		String template = """
				<p><span th:replace="~{fragments/badges :: status('incident.Certainty.', ${certainty}, 'certainty')}"></span></p>
				""";

		assertThat(render(template, Map.of("certainty", "CONFIRMED")))
			.contains("<span class=\"badge certainty certainty-confirmed\">Confirmed</span>");
		assertThat(render(template, Map.of())).isEqualToIgnoringWhitespace("<p></p>");
		assertThat(
				render("""
						<span th:replace="~{fragments/badges :: status(prefix='reference.', value='retired', kind='reference-status', classes='fs-6')}"></span>
						""",
						Map.of()))
			.contains("<span class=\"badge reference-status reference-status-retired fs-6\">Retired</span>");
	}

	@Test
	void aDashboardCardSaysWhenThereIsNothingAndOtherwiseShowsItsList() {
		String template = """
				<div th:replace="~{fragments/dashboard :: card(#{home.hq.waiting}, ${items}, #{home.hq.waiting.none}, 'border-warning', ~{::.waiting})}">
				  <ul class="waiting"><li th:each="i : ${items}" th:text="${i}"></li></ul>
				</div>
				""";

		assertThat(render(template, Map.of("items", List.of()))).contains("class=\"card border-warning\"")
			.contains("<h2 class=\"h5 card-title\">Decisions to engage waiting for you</h2>")
			.contains("<p class=\"mb-0 text-muted\">No request is waiting for your decision.</p>")
			.doesNotContain("<ul");
		assertThat(render(template, Map.of("items", List.of("Vaccination days")))).contains("<li>Vaccination days</li>")
			.doesNotContain("text-muted");
	}

	@Test
	void aDashboardCardMayCountItsItemsLinkToTheWholeListAndCarryAnAction() {
		String html = render(
				"""
						<div th:replace="~{fragments/dashboard :: card(title=#{home.field.checks}, items=${items}, emptyText=null,
						     classes=null, body=~{::.checks}, count=${items.size()}, moreUrl='/agreements/checks', action=~{::.add})}">
						  <a class="add" href="/x">+</a>
						  <ul class="checks"><li th:each="i : ${items}" th:text="${i}"></li></ul>
						</div>
						""",
				Map.of("items", List.of("Safe passage", "No armed men")));

		assertThat(html).contains("<div class=\"d-flex flex-wrap justify-content-between gap-2\">")
			.contains(
					"Compliance checks to record<span class=\"badge rounded-pill text-bg-secondary ms-2\">2</span></h2>")
			.contains("<a class=\"add\" href=\"/x\">+</a>")
			.contains("<a class=\"d-inline-block mt-2\" href=\"/agreements/checks\">See all</a>");
	}

	private String render(String template, Map<String, Object> variables) {
		return render(template, variables, Locale.ENGLISH);
	}

	private String render(String template, Map<String, Object> variables, Locale locale) {
		return this.engine.process(template, new Context(locale, variables));
	}

	private static SpringTemplateEngine engine() {
		ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
		files.setPrefix("templates/");
		files.setSuffix(".html");
		files.setTemplateMode(TemplateMode.HTML);
		files.setCheckExistence(true);
		files.setOrder(1);
		StringTemplateResolver page = new StringTemplateResolver();
		page.setOrder(2);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.addTemplateResolver(files);
		engine.addTemplateResolver(page);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}

}
