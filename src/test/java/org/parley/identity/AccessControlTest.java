package org.parley.identity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.parley.support.Users.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who reaches what. Hiding a link is a courtesy; these checks are the protection. Who is
 * turned away by the access rules alone is tested in a web slice
 * ({@link AccessRulesWebTest}).
 */
@IntegrationTest
class AccessControlTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@CsvSource({ "admin,/admin/users", "admin,/admin/teams", "admin,/audit", "admin,/actuator/metrics",
			"auditor,/audit", "field.mx,/", "field.mx,/account/password" })
	void rolesReachTheirPages(String username, String path) throws Exception {
		this.mvc.perform(get(path).with(as(this.users, username))).andExpect(status().isOk());
	}

	@Test
	void healthProbesAreOpenToAnyone() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

}
