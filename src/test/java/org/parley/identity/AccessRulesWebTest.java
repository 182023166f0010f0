package org.parley.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.support.WebSliceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.then;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who is turned away by the access rules themselves ({@link SecurityConfiguration}),
 * before any page or service is reached: the rules are the protection, so they are tested
 * without the pages they guard. Who reaches their pages is {@link AccessControlTest}'s
 * business, with the whole application.
 */
@WebSliceTest
class AccessRulesWebTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserAdministration administration;

	@ParameterizedTest
	@CsvSource({ "field.mx,/admin/users", "field.mx,/admin/users/new", "field.mx,/admin/teams", "hq,/admin/users",
			"auditor,/admin/users", "auditor,/admin/teams", "field.sv,/audit", "hq,/audit",
			"field.mx,/actuator/metrics", "hq,/actuator/health" })
	void nonAdministratorsAreForbiddenAdministration(String username, String path) {
		assertThat(this.mvc.get().uri(path).with(demo(username))).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void aFieldOfficerCannotCreateAUserEvenByPostingTheForm() {
		assertThat(this.mvc.post()
			.uri("/admin/users")
			.with(demo("field.mx"))
			.with(csrf())
			.param("username", "sneaky")
			.param("displayName", "Sneaky")
			.param("roles", "ADMIN")).hasStatus(HttpStatus.FORBIDDEN);
		then(this.administration).shouldHaveNoInteractions();
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		assertThat(this.mvc.post()
			.uri("/admin/teams")
			.with(SignedIn.admin())
			.param("name", "No token")
			.param("version", "0")).hasStatus(HttpStatus.FORBIDDEN);
	}

	/** The demo accounts by their roles: field officers, HQ reviewer, auditor. */
	private static RequestPostProcessor demo(String username) {
		return switch (username) {
			case "hq" -> SignedIn.hqReviewer(1, 2);
			case "auditor" -> SignedIn.auditor();
			default -> SignedIn.fieldOfficer(1);
		};
	}

}
