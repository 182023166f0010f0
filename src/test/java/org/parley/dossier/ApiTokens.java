package org.parley.dossier;

import java.lang.reflect.RecordComponent;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Personal access tokens made on the tokens page, as their owners would. */
final class ApiTokens {

	private ApiTokens() {
	}

	static String issue(MockMvc mvc, UserDetailsService users, String username) throws Exception {
		MvcResult result = mvc
			.perform(post("/account/tokens").with(as(users, username))
				.with(csrf())
				.param("name", "Dossier test " + System.nanoTime())
				.param("lifetime", "NINETY_DAYS"))
			.andReturn();
		Object issued = result.getFlashMap().get("newToken");
		for (RecordComponent component : issued.getClass().getRecordComponents()) {
			if (component.getName().equals("token")) {
				component.getAccessor().setAccessible(true);
				return (String) component.getAccessor().invoke(issued);
			}
		}
		throw new IllegalStateException("no token issued");
	}

}
