package org.parley.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.parley.agreement.DisputeContactKind;
import org.parley.agreement.DisputeParty;
import org.parley.agreement.DisputeSettlement;
import org.parley.agreement.DisputeState;
import org.parley.agreement.dispute.ContactRecord;
import org.parley.agreement.dispute.DisputeRecord;
import org.parley.agreement.dispute.OutcomeRecord;
import org.parley.agreement.monitoring.GroupReviewRecord;
import org.parley.armedgroup.ControlLevel;
import org.parley.armedgroup.Stance;
import org.parley.shared.web.Flash;

import org.springframework.core.convert.ConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.web.servlet.FlashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What Parley puts in a session is written to the database between requests (decision
 * 0030), so it must survive Java serialisation: the half-done sign-in, the session's own
 * note, the flash messages and the refused forms shown again after a redirect, the new
 * token shown once, Spring Security's context and saved request; and nothing else is read
 * back. (Parley's signed-in user is read back on every request of the HTTP tests.)
 */
class SessionContentsTest {

	private static final LocalDate DAY = LocalDate.of(2026, 11, 3);

	@Test
	void aSignInWaitingForItsSecondFactorSurvivesTheDatabase() {
		SecondFactorPending pending = new SecondFactorPending(7, "hq.reviewer", SecondFactorPending.Stage.CODE,
				Instant.parse("2026-11-03T10:15:30Z"));

		SecondFactorPending read = roundTrip(pending);

		assertThat(read.userId()).isEqualTo(7);
		assertThat(read.getName()).isEqualTo("hq.reviewer");
		assertThat(read.stage()).isEqualTo(SecondFactorPending.Stage.CODE);
		assertThat(read.since()).isEqualTo(pending.since());
		assertThat(read.isAuthenticated()).isFalse();
	}

	@Test
	void theSessionsNoteAndTheNewTokenSurviveTheDatabase() {
		Sessions.Note note = new Sessions.Note("4b1d", 7, Instant.EPOCH, Instant.EPOCH.plusSeconds(60), "10.0.0.9",
				Sessions.Browser.of("Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"));
		PersonalAccessTokens.Issued issued = new PersonalAccessTokens.Issued(3, "Script", "pat_secret");

		assertThat(roundTrip(note)).isEqualTo(note);
		assertThat(roundTrip(issued)).isEqualTo(issued);
		assertThat(roundTrip(Locale.forLanguageTag("es"))).isEqualTo(Locale.forLanguageTag("es"));
	}

	@Test
	void flashMessagesAndRefusedFormsSurviveTheDatabase() {
		Flash flash = new Flash("success", "identity.user.saved", new Object[] { "field.sv", 2, DAY });
		GroupReviewRecord review = new GroupReviewRecord(Stance.AMBIVALENT, ControlLevel.values()[0], "The council",
				null, "Calmer since March", Boolean.TRUE, DAY);
		DisputeRecord dispute = new DisputeRecord(DAY, DisputeParty.COMMUNITY, "Elders", null, null,
				DisputeSettlement.NEUTRAL_MEDIATOR, "The checkpoint hours");
		ContactRecord contact = new ContactRecord(DAY, DisputeContactKind.MEETING, "Both sides", null);
		OutcomeRecord outcome = new OutcomeRecord(DisputeState.SETTLED, "Hours restored", DAY);

		assertThat(roundTrip(flash).args()).containsExactly("field.sv", 2, DAY);
		assertThat(roundTrip(review)).isEqualTo(review);
		assertThat(roundTrip(dispute)).isEqualTo(dispute);
		assertThat(roundTrip(contact)).isEqualTo(contact);
		assertThat(roundTrip(outcome)).isEqualTo(outcome);
	}

	@Test
	void springSecuritysContextAndSpringMvcsFlashMessagesSurviveTheDatabase() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/cases");
		request.setRemoteAddr("10.0.0.9");
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated("field.sv", null, List.of(new SimpleGrantedAuthority("ROLE_FIELD_OFFICER")));
		authentication.setDetails(new WebAuthenticationDetails(request));
		SecurityContext context = new SecurityContextImpl(authentication);
		FlashMap flashes = new FlashMap();
		flashes.put(Flash.ATTRIBUTE, new Flash("success", "token.created", new Object[] { "Script" }));
		flashes.setTargetRequestPath("/account/tokens");
		flashes.addTargetRequestParam("lang", "es");
		DefaultSavedRequest saved = new DefaultSavedRequest(request);

		assertThat(roundTrip(context).getAuthentication().getName()).isEqualTo("field.sv");
		assertThat(roundTrip(new ArrayList<>(List.of(flashes))).get(0).get(Flash.ATTRIBUTE)).isInstanceOf(Flash.class);
		assertThat(roundTrip(saved).getRequestURI()).isEqualTo("/cases");
	}

	@Test
	void aSessionRowHoldingAnythingElseIsNotRead() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(new java.awt.Point(1, 2));
		}

		assertThatThrownBy(() -> SessionStore.attributeConversions().convert(bytes.toByteArray(), Object.class))
			.hasRootCauseInstanceOf(InvalidClassException.class);
	}

	/**
	 * Written and read back as the session table does (the same conversions, with their
	 * filter of classes).
	 */
	@SuppressWarnings("unchecked")
	private static <T> T roundTrip(T value) {
		ConversionService conversions = SessionStore.attributeConversions();
		byte[] bytes = conversions.convert(value, byte[].class);
		return (T) conversions.convert(bytes, Object.class);
	}

}
