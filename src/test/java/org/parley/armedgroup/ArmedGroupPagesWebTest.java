package org.parley.armedgroup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.parley.audit.AuditQueries;
import org.parley.identity.SignedIn;
import org.parley.incident.Incidents;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.Flash;
import org.parley.support.WebSliceTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.validation.ObjectError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The registry's forms as a web slice: a rule the registry refuses lands where the user
 * can act on it (at its field, or on the whole form when the form has no such field), a
 * save over someone else's shows their version, and only the roles that edit groups open
 * the profile form. The rules themselves are tested on the database
 * ({@link ArmedGroupPagesTest}).
 */
@WebSliceTest
class ArmedGroupPagesWebTest {

	static final GroupDetails MARA_NORTE = new GroupDetails(4, named("Mara Norte"), List.of(), List.of(), List.of(),
			List.of(), Instant.parse("2026-01-05T10:00:00Z"), Instant.parse("2026-03-01T10:00:00Z"), 2);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ArmedGroupRegistry registry;

	@Autowired
	ArmedGroupQueries queries;

	@Autowired
	AuditQueries audit;

	@Autowired
	Incidents incidents;

	@Test
	void aProfileTheRegistryRefusesIsExplainedAtTheFieldConcernedWithWhatWasTypedKept() {
		given(this.registry.register(any(), any())).willThrow(new RuleViolation("sizeMax", "armedgroup.size.range"));

		assertThat(this.mvc.post()
			.uri("/armed-groups?lang=en")
			.with(SignedIn.fieldOfficer(1))
			.with(csrf())
			.param("name", "Los Tigres")
			.param("sizeMin", "500")
			.param("sizeMax", "100")).hasStatusOk()
			.hasViewName("armedgroup/form")
			.satisfies((page) -> assertThat(page).model()
				.extractingBindingResult("form")
				.hasFieldErrorCode("sizeMax", "armedgroup.size.range"))
			.bodyText()
			.contains("id=\"sizeMax-error\"", "The upper estimate is below the lower one.", "value=\"Los Tigres\"");
	}

	@Test
	void aRefusedDocumentIsSaidOnTheWholeCommitmentFormWhichHasNoSuchField() {
		showsMaraNorte();
		willThrow(new RuleViolation("document", "document.type")).given(this.registry)
			.addCommitment(eq(4L), any(), any(), any());

		assertThat(this.mvc.post()
			.uri("/armed-groups/4/commitments?lang=en")
			.multipart()
			.file(new MockMultipartFile("document", "deed.pdf", "application/pdf",
					"<html></html>".getBytes(StandardCharsets.UTF_8)))
			.param("madeOn", "2020-05-01")
			.param("kind", "DEED_OF_COMMITMENT")
			.param("theme", "health-care")
			.param("source", "Disguised")
			.with(SignedIn.fieldOfficer(1))
			.with(csrf())).hasStatusOk()
			.hasViewName("armedgroup/show")
			.satisfies(
					(page) -> assertThat(page).model().extractingBindingResult("commitmentForm").satisfies((form) -> {
						assertThat(form.getGlobalErrors()).extracting(ObjectError::getCode)
							.containsExactly("document.type");
						assertThat(form.getFieldErrors()).isEmpty();
					}))
			.bodyText()
			.contains("Only PDF, PNG and JPEG files are accepted.", "value=\"Disguised\"");
	}

	@Test
	void aSaveOverSomeoneElsesShowsTheirVersionAndOffersToSaveOverTheVersionNowSeen() {
		showsMaraNorte();
		willThrow(new ConcurrentEditException("ArmedGroup", 4L)).given(this.registry)
			.update(eq(4L), eq(1L), any(), any());

		assertThat(this.mvc.post()
			.uri("/armed-groups/4?lang=en")
			.with(SignedIn.hqReviewer(1))
			.with(csrf())
			.param("version", "1")
			.param("name", "Mara Norte (Los Olivos)")).hasStatusOk()
			.hasViewName("armedgroup/form")
			.satisfies((page) -> assertThat(page).model()
				.containsEntry("theirs", MARA_NORTE.profile())
				.containsEntry("version", 2L))
			.bodyText()
			.contains("Someone else saved this profile while you were editing it.",
					"value=\"Mara Norte (Los Olivos)\"");
	}

	@Test
	void aRowChangedMeanwhileIsNotRemovedAndTheUserIsWarnedOnTheGroupsPage() {
		willThrow(new RuleViolation(null, "armedgroup.row.changed")).given(this.registry)
			.removeRow(eq(4L), eq(ArmedGroup.Section.PRESENCE), eq(0), eq("stale"), any());

		assertThat(this.mvc.post()
			.uri("/armed-groups/4/rows/PRESENCE/0/remove")
			.with(SignedIn.fieldOfficer(1))
			.with(csrf())
			.param("expected", "stale")).hasRedirectedUrl("/armed-groups/4#presence")
			.flash()
			.extractingByKey(Flash.ATTRIBUTE)
			.isInstanceOfSatisfying(Flash.class, (flash) -> assertThat(flash.level() + " " + flash.key())
				.isEqualTo("warning armedgroup.row.changed"));
	}

	@Test
	void onlyFieldOfficersAndHqReviewersOpenOrSendTheProfileForm() {
		assertThat(this.mvc.get().uri("/armed-groups/new").with(SignedIn.auditor())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/armed-groups").with(SignedIn.admin()).with(csrf()).param("name", "Sneaky"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/armed-groups/new").with(SignedIn.fieldOfficer(1))).hasStatusOk();
		then(this.registry).shouldHaveNoInteractions();
	}

	private void showsMaraNorte() {
		given(this.queries.details(4)).willReturn(MARA_NORTE);
		given(this.audit.history(eq("ArmedGroup"), eq("4"), any(), anyInt()))
			.willReturn(new KeysetPage<>(List.of(), null));
		// The group's page reads its history with its designations' (decision 0024).
		given(this.audit.history(anyMap(), any(), anyInt())).willReturn(new KeysetPage<>(List.of(), null));
		given(this.incidents.attributedTo(anyLong(), any(), anyInt())).willReturn(AttributedIncidents.Attributed.NONE);
	}

	private static GroupProfile named(String name) {
		return new GroupProfile(name, List.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
