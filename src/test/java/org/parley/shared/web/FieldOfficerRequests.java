package org.parley.shared.web;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.parley.support.Users.as;

/**
 * What the hostile-input tests share: the application and its handler mapping, México's
 * field officer to send requests as, and {@link HostileAnswers} judging what comes back.
 */
abstract class FieldOfficerRequests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	DataSource dataSource;

	@Autowired
	JsonMapper json;

	RequestPostProcessor fieldMx;

	JdbcTemplate jdbc;

	HostileAnswers answers;

	@BeforeEach
	void signInAsMexicosFieldOfficer() {
		this.fieldMx = as(this.users, "field.mx");
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.answers = new HostileAnswers(this.mvc, this.jdbc, this.fieldMx);
	}

}
