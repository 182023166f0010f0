package org.parley.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;
import org.parley.support.WebSliceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The account and team pages as a web slice: the forms bind their records, and a refusal
 * reaches the administrator where they can act on it. The rules (the last administrator,
 * a taken name) are tested on the database ({@link UserAdministrationWebTest}).
 */
@WebSliceTest
class UserAdministrationPagesWebTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	UserAdministration administration;

	@Autowired
	TeamAdministration teams;

	@Test
	void theNewUserFormBindsEMailRolesAndTeamsAndShowsTheResetCodeOnce() {
		given(this.administration.create(
				new UserAdministration.NewUser("maria.lopez", "María López", "maria@example.org",
						Set.of(Role.FIELD_OFFICER, Role.HQ_REVIEWER), Set.of(2L)),
				null, (long) Math.abs("admin".hashCode())))
			.willReturn(new UserAdministration.Created(41, "maria.lopez", "ABCD-EFGH-JKLM-NPQR", Instant.EPOCH, 0));

		assertThat(this.mvc.post()
			.uri("/admin/users")
			.with(SignedIn.admin())
			.with(csrf())
			.param("username", "maria.lopez")
			.param("displayName", "María López")
			.param("email", "maria@example.org")
			.param("roles", "FIELD_OFFICER", "HQ_REVIEWER")
			.param("teamIds", "2")).hasRedirectedUrl("/admin/users/41")
			.flash()
			.extractingByKey(Flash.ATTRIBUTE)
			.isInstanceOfSatisfying(Flash.class, (flash) -> {
				assertThat(flash.key()).isEqualTo("identity.user.created.code");
				assertThat(flash.args()).containsExactly("maria.lopez", "ABCD-EFGH-JKLM-NPQR");
			});
	}

	@Test
	void whenTheCodeWentByEMailTheAdministratorIsToldSoAndOfTheGrantsWaiting() {
		given(this.administration.create(any(), any(), anyLong()))
			.willReturn(new UserAdministration.Created(42, "ana.ruiz", null, Instant.EPOCH, 2));

		assertThat(this.mvc.post()
			.uri("/admin/users")
			.with(SignedIn.admin())
			.with(csrf())
			.param("username", "ana.ruiz")
			.param("displayName", "Ana Ruiz")
			.param("email", "ana@example.org")
			.param("roles", "HQ_REVIEWER")
			.param("reason", "new HQ desk")).hasRedirectedUrl("/admin/users/42")
			.flash()
			.extractingByKey(Flash.ATTRIBUTE)
			.isInstanceOfSatisfying(Flash.class, (flash) -> {
				assertThat(flash.level() + " " + flash.key()).isEqualTo("warning identity.user.created.mailed.pending");
				assertThat(flash.args()).containsExactly("ana.ruiz", 2);
			});
	}

	@Test
	void aMalformedEMailIsExplainedOnTheNewUserForm() {
		given(this.teams.all()).willReturn(List.of());

		assertThat(this.mvc.post()
			.uri("/admin/users?lang=en")
			.with(SignedIn.admin())
			.with(csrf())
			.param("username", "ana.ruiz")
			.param("displayName", "Ana Ruiz")
			.param("email", "not an address")
			.param("roles", "FIELD_OFFICER")).hasStatusOk()
			.hasViewName("admin/user-new")
			.bodyText()
			.contains("Enter an e-mail address such as name@example.org.", "value=\"Ana Ruiz\"");
		then(this.administration).should(never()).create(any(), any(), anyLong());
	}

	@Test
	void disablingTheLastAdministratorIsRefusedWithAnAlertOnTheAccountsPage() {
		willThrow(new RuleViolation(null, "identity.user.last-admin")).given(this.administration)
			.disable(eq(1L), any(), anyLong());

		assertThat(this.mvc.post().uri("/admin/users/1/disable").with(SignedIn.admin()).with(csrf()))
			.hasRedirectedUrl("/admin/users/1")
			.flash()
			.extractingByKey(Flash.ATTRIBUTE)
			.isInstanceOfSatisfying(Flash.class, (flash) -> assertThat(flash.level() + " " + flash.key())
				.isEqualTo("danger identity.user.last-admin"));
	}

	@Test
	void aTeamRenamedOverSomeoneElsesChangeKeepsTheTypedNameAndSaysSo() {
		Team team = new Team("México – Guerrero", null, java.time.Instant.EPOCH);
		ReflectionTestUtils.setField(team, "id", 2L);
		given(this.teams.get(2)).willReturn(team);
		given(this.teams.members(2L)).willReturn(List.of());
		given(this.teams.defaultZone()).willReturn(java.time.ZoneId.of("America/Mexico_City"));
		willThrow(new ConcurrentEditException("Team", 2L)).given(this.teams)
			.rename(eq(2L), eq(0L), eq("Guerrero and Michoacan"), any(), any());

		assertThat(this.mvc.post()
			.uri("/admin/teams/2?lang=en")
			.with(SignedIn.admin())
			.with(csrf())
			.param("name", "Guerrero and Michoacan")
			.param("version", "0")).hasStatusOk()
			.hasViewName("admin/team")
			.bodyText()
			.contains("Someone else saved this record while you were editing it.", "value=\"Guerrero and Michoacan\"");
		then(this.teams).should().rename(eq(2L), eq(0L), eq("Guerrero and Michoacan"), any(), any());
	}

}
