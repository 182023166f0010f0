package org.parley.reference;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.identity.SignedIn;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;
import org.parley.support.WebSliceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The reference-list pages as a web slice: who reaches them, how the forms bind, and
 * where a refused value is explained. Whether a code is really taken or in use is
 * {@link ReferenceListAdministrationTest}'s business, on the database.
 */
@WebSliceTest
class ReferenceListPagesWebTest {

	static final ReferenceValue.AdminView DRONES = new ReferenceValue.AdminView(7, ReferenceList.TACTIC,
			"drone-attacks", "Drone attacks", "Ataques con drones", "Attaques de drones", 120, false, 3);

	static final ReferenceValue.Labels DRONE_LABELS = new ReferenceValue.Labels("Drone attacks", "Ataques con drones",
			"Attaques de drones");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ReferenceLists lists;

	@Test
	void onlyAdministratorsEditTheLists() {
		assertThat(this.mvc.get().uri("/admin/reference-lists").with(SignedIn.hqReviewer(1)))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/reference-lists/7/delete").with(SignedIn.fieldOfficer(1)).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		then(this.lists).shouldHaveNoInteractions();
	}

	@Test
	void anAdministratorSeesTheChosenListWithAnEmptyFormToAddAValue() {
		given(this.lists.all(ReferenceList.TACTIC)).willReturn(List.of(DRONES));

		assertThat(this.mvc.get().uri("/admin/reference-lists?list=TACTIC&lang=en").with(SignedIn.admin()))
			.hasStatusOk()
			.hasViewName("admin/reference-lists")
			.bodyText()
			.contains("Drone attacks", "Ataques con drones", "Attaques de drones",
					"reference-status reference-status-active");
	}

	@Test
	void theNewValueFormBindsItsFieldsAndGoesBackToItsList() {
		given(this.lists.add(ReferenceList.TACTIC, "drone-attacks", DRONE_LABELS, 120)).willReturn(7L);

		assertThat(addToTactics("en", "drone-attacks", "Drone attacks", "Ataques con drones", "Attaques de drones"))
			.hasRedirectedUrl("/admin/reference-lists?list=TACTIC")
			.flash()
			.containsKey(Flash.ATTRIBUTE);
	}

	@Test
	void anIncompleteFormIsNotSentToTheService() {
		assertThat(addToTactics("en", "", "Drone attacks", "", " ")).hasStatusOk()
			.model()
			.extractingBindingResult("form")
			.hasFieldErrors("code", "labelEs", "labelFr");
		then(this.lists).should(never())
			.add(ReferenceList.TACTIC, "", new ReferenceValue.Labels("Drone attacks", "", " "), 120);
	}

	@Test
	void aRefusedCodeIsExplainedNextToItsFieldWithWhatWasTypedKept() {
		given(this.lists.add(ReferenceList.TACTIC, "drone-attacks", DRONE_LABELS, 120))
			.willThrow(new RuleViolation("code", "reference.code.taken"));

		assertThat(addToTactics("es", "drone-attacks", "Drone attacks", "Ataques con drones", "Attaques de drones"))
			.hasStatusOk()
			.hasViewName("admin/reference-lists")
			.bodyText()
			.contains("Esta lista ya tiene un valor con este código.", "value=\"drone-attacks\"");
	}

	@Test
	void aValueInUseIsNotDeletedAndTheAdministratorIsToldWhyOnItsPage() {
		given(this.lists.get(7)).willReturn(DRONES);
		willThrow(new RuleViolation(null, "reference.value.in-use")).given(this.lists).delete(7);

		assertThat(this.mvc.post().uri("/admin/reference-lists/7/delete").with(SignedIn.admin()).with(csrf()))
			.hasRedirectedUrl("/admin/reference-lists/7")
			.flash()
			.extractingByKey(Flash.ATTRIBUTE)
			.isInstanceOfSatisfying(Flash.class, (flash) -> assertThat(flash.level() + " " + flash.key())
				.isEqualTo("danger reference.value.in-use"));
	}

	@Test
	void aRelabellingOverSomeoneElsesChangeKeepsTheTypedLabelsAndSaysSo() {
		given(this.lists.get(7)).willReturn(DRONES);
		willThrow(new ConcurrentEditException("ReferenceValue", 7L)).given(this.lists)
			.relabel(7, 2, new ReferenceValue.Labels("Armed drones", "Drones armados", "Drones armés"), 120);

		assertThat(this.mvc.post()
			.uri("/admin/reference-lists/7?lang=en")
			.with(SignedIn.admin())
			.with(csrf())
			.param("labelEn", "Armed drones")
			.param("labelEs", "Drones armados")
			.param("labelFr", "Drones armés")
			.param("sortOrder", "120")
			.param("version", "2")).hasStatusOk()
			.hasViewName("admin/reference-value")
			.bodyText()
			.contains("value=\"Armed drones\"", "Someone else saved this record while you were editing it.",
					"reference-status-active fs-6");
	}

	/**
	 * The administrator's new value for the tactics list, sorted after the seeded ones.
	 */
	private MockMvcTester.MockMvcRequestBuilder addToTactics(String lang, String code, String labelEn, String labelEs,
			String labelFr) {
		return this.mvc.post()
			.uri("/admin/reference-lists?lang=" + lang)
			.with(SignedIn.admin())
			.with(csrf())
			.param("list", "TACTIC")
			.param("code", code)
			.param("labelEn", labelEn)
			.param("labelEs", labelEs)
			.param("labelFr", labelFr)
			.param("sortOrder", "120");
	}

}
