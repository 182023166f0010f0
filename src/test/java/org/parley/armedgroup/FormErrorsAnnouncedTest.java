package org.parley.armedgroup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Form errors reach assistive technologies: an invalid field says so (aria-invalid) and
 * names its message (aria-describedby, the message's id), the form's summary is an alert,
 * and on a page with several forms (an armed group's) every field keeps an id of its own,
 * so that each label names its own field.
 */
@IntegrationTest
class FormErrorsAnnouncedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Test
	void anInvalidRelationIsAnnouncedAndEachFieldPointsAtItsOwnMessage() throws Exception {
		long group = new JdbcTemplate(this.dataSource).queryForObject("SELECT min(id) FROM armed_group", Long.class);
		String page = this.mvc
			.perform(post("/armed-groups/" + group + "/relations").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("kind", "")
				.param("source", " ")
				.param("since", "2024-01-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (String field : new String[] { "relation-kind", "relation-source" }) {
			String tag = tag(page, field);
			assertThat(tag).as(field).contains("aria-invalid=\"true\"");
			assertThat(attribute(tag, "aria-describedby")).as(field).isEqualTo(field + "-error");
			assertThat(tag(page, field + "-error")).as(field).contains("invalid-feedback");
			assertThat(page).contains("<label for=\"" + field + "\"");
		}
		assertThat(tag(page, "relation-since")).doesNotContain("aria-invalid").doesNotContain("aria-describedby");
		assertThat(page).containsPattern("class=\"alert alert-danger form-errors\" role=\"alert\"");
	}

	@Test
	void theArmedGroupPageUsesNoIdTwice() throws Exception {
		long group = new JdbcTemplate(this.dataSource).queryForObject("SELECT min(id) FROM armed_group", Long.class);
		String page = this.mvc.perform(get("/armed-groups/" + group).with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher ids = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(page);
		Set<String> seen = new HashSet<>();
		List<String> twice = new ArrayList<>();
		while (ids.find()) {
			if (!seen.add(ids.group(1))) {
				twice.add(ids.group(1));
			}
		}
		assertThat(twice).isEmpty();
		assertThat(seen).contains("commitment-kind", "relation-kind", "presence-since", "relation-since",
				"label-source", "commitment-source", "relation-source");
	}

	/** The opening tag of the element with that id. */
	private static String tag(String page, String id) {
		Matcher matcher = Pattern.compile("<[a-z]+\\s[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(page);
		assertThat(matcher.find()).as("an element with id " + id).isTrue();
		return matcher.group();
	}

	private static String attribute(String tag, String name) {
		Matcher matcher = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
		return matcher.find() ? matcher.group(1) : null;
	}

}
