package org.parley;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

import org.parley.support.BrowserTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The network graphs (Cytoscape.js) draw within the Content-Security-Policy, which allows
 * no inline style: every armed group's page with relations and every "understanding the
 * group" step with a network of influence, loaded in Chromium, report no violation and
 * show a drawn canvas.
 */
class GraphsWithinPolicyBrowserTest extends BrowserTest {

	/** Collects what the policy blocks, before any script of the page runs. */
	private static final String LISTEN = "window.cspViolations = []; document.addEventListener('securitypolicyviolation', "
			+ "function (e) { window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile "
			+ "+ ':' + e.lineNumber); });";

	/** Whether a canvas inside the element has a size and a pixel drawn on it. */
	private static final String DRAWN = """
			var canvases = document.querySelectorAll(arguments[0] + ' canvas');
			for (var i = 0; i < canvases.length; i++) {
			  var c = canvases[i];
			  if (c.width === 0 || c.height === 0 || c.getBoundingClientRect().width === 0) { continue; }
			  var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
			  for (var p = 3; p < pixels.length; p += 4) { if (pixels[p] !== 0) { return true; } }
			}
			return false;""";

	@Autowired
	DataSource dataSource;

	@Test
	void groupNetworksAndInfluenceMapsDrawWithoutAnyPolicyViolation() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		List<String> groups = jdbc.queryForList("""
				SELECT DISTINCT g.id FROM armed_group g JOIN armed_group_relation r
				  ON r.group_id = g.id OR r.other_group_id = g.id ORDER BY g.id""", Long.class)
			.stream()
			.map((id) -> "/armed-groups/" + id)
			.toList();
		List<String> steps = jdbc.queryForList("""
				SELECT DISTINCT a.case_id FROM case_group_assessment a
				JOIN case_assessment_influencer i ON i.assessment_id = a.id ORDER BY a.case_id""", Long.class)
			.stream()
			.map((id) -> "/cases/" + id + "/steps/understanding-the-group")
			.toList();
		assertThat(groups).as("demo groups with relations").isNotEmpty();
		assertThat(steps).as("demo cases with a network of influence").isNotEmpty();
		((ChromeDriver) this.browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", LISTEN));
		signInAs("hq", "en");

		List<String> problems = new ArrayList<>();
		for (String page : groups) {
			visit(page, "#group-network", problems);
		}
		for (String page : steps) {
			visit(page, ".influence-map", problems);
		}
		assertThat(problems).isEmpty();
	}

	private void visit(String page, String graph, List<String> problems) {
		this.chromium.open(page);
		JavascriptExecutor js = (JavascriptExecutor) this.browser;
		try {
			this.wait.until((driver) -> Boolean.TRUE.equals(js.executeScript(DRAWN, graph)));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			problems.add(page + ": no graph drawn in " + graph);
		}
		List<?> violations = (List<?>) js.executeScript("return window.cspViolations;");
		if (!violations.isEmpty()) {
			problems.add(page + ": " + violations);
		}
	}

}
