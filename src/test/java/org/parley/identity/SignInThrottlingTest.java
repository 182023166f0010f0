package org.parley.identity;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Failed sign-ins are throttled per name and per client address, and the sign-in page
 * answers a name that is no account exactly as it answers an account.
 */
@IntegrationTest
class SignInThrottlingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	SecurityProperties properties;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aNameThatIsNoAccountIsLockedAfterAsManyFailuresAsAnAccountSoNamesCannotBeProbed() throws Exception {
		ConfirmedAccounts.create(this.administration, this.jdbc, new UserAdministration.NewUser("throttle.real.person",
				"Real Person", EnumSet.of(Role.FIELD_OFFICER), Set.of()));
		int max = this.properties.lockout().maxFailures();

		for (String name : new String[] { "throttle.real.person", "throttle.no.such.person" }) {
			for (int i = 0; i < max; i++) {
				this.mvc.perform(signIn(name, "wrong password " + i, "198.51.100." + i))
					.andExpect(redirectedUrl("/login?error"));
			}
			this.mvc.perform(signIn(name, "another wrong one", "198.51.100.99"))
				.andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?locked"));
		}
	}

	@Test
	void manyFailuresFromOneAddressRefuseEverySignInFromItButNotFromElsewhere() throws Exception {
		int max = this.properties.addressLockout().maxFailures();
		for (int i = 0; i < max; i++) {
			this.mvc.perform(signIn("guess" + i, "wrong password", "203.0.113.7"))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(signIn("field.mx", "parley-demo", "203.0.113.7"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		this.mvc.perform(signIn("field.mx", "parley-demo", "203.0.113.8"))
			.andExpect(authenticated().withUsername("field.mx"));
	}

	@Test
	void theLockedMessageSaysNothingAboutWhetherTheAccountExists() throws Exception {
		String page = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login?locked")
				.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Too many failed sign-ins with this name or from this network")
			.doesNotContain("This account is locked");
	}

	private static MockHttpServletRequestBuilder signIn(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
