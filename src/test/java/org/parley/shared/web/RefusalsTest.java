package org.parley.shared.web;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a refused change reaches the page: at the field the rule names, on the whole form,
 * as the page's message or as a flash after the redirect. Plain JUnit: no Spring context.
 */
class RefusalsTest {

	record ValueForm(String code, String label) {
	}

	private final BindingResult form = new BeanPropertyBindingResult(new ValueForm("drone attacks", "Drones"), "form");

	@Test
	void aChangeThatIsNotRefusedIsMadeAndItsResultReturned() {
		assertThat(Refusals.onForm(this.form, "error.concurrent-edit").attempt(() -> 42L)).contains(42L);
		assertThat(Refusals.onForm(this.form, "error.concurrent-edit").attempt(() -> {
		})).isTrue();
		assertThat(this.form.hasErrors()).isFalse();
	}

	@Test
	void aRuleAboutAFieldOfTheFormIsShownAtThatField() {
		boolean made = Refusals.onForm(this.form, "error.concurrent-edit")
			.attempt(refused("code", "reference.code.format"));

		assertThat(made).isFalse();
		assertThat(this.form.getFieldError("code").getCode()).isEqualTo("reference.code.format");
		assertThat(this.form.getGlobalErrors()).isEmpty();
	}

	@Test
	void aRuleAboutNoFieldIsShownOnTheWholeForm() {
		Refusals.onForm(this.form, "error.concurrent-edit").attempt(refused(null, "token.too-many"));

		assertThat(this.form.getGlobalError().getCode()).isEqualTo("token.too-many");
	}

	@Test
	void aRuleAboutSomethingTheFormDoesNotBindIsShownOnTheWholeForm() {
		// the commitment form: an uploaded document is not a field of the form record
		Refusals.onForm(this.form, "error.concurrent-edit").attempt(refused("document", "document.too-large"));

		assertThat(this.form.getFieldErrors()).isEmpty();
		assertThat(this.form.getGlobalError().getCode()).isEqualTo("document.too-large");
	}

	@Test
	void aFormThatAlreadyHasErrorsIsNotSubmitted() {
		this.form.rejectValue("label", "validation.required");
		boolean[] submitted = { false };

		boolean made = Refusals.onForm(this.form, "error.concurrent-edit").attempt(() -> {
			submitted[0] = true;
		});

		assertThat(made).isFalse();
		assertThat(submitted[0]).isFalse();
	}

	@Test
	void someoneElseSavingFirstIsTheFormsConflictMessageAndShowsWhatTheySaved() {
		ExtendedModelMap model = new ExtendedModelMap();
		Refusals refusals = Refusals.onForm(this.form, "armedgroup.conflict")
			.onConflict(() -> model.addAttribute("theirs", "their version"));

		boolean made = refusals.attempt(savedFirstBySomeoneElse());

		assertThat(made).isFalse();
		assertThat(this.form.getGlobalError().getCode()).isEqualTo("armedgroup.conflict");
		assertThat(model).containsEntry("theirs", "their version");
	}

	@Test
	void whatAConflictAlsoShowsIsNotShownForABrokenRule() {
		ExtendedModelMap model = new ExtendedModelMap();

		Refusals.onForm(this.form, "armedgroup.conflict")
			.onConflict(() -> model.addAttribute("theirs", "their version"))
			.attempt(refused("code", "reference.code.taken"));

		assertThat(this.form.getFieldError("code").getCode()).isEqualTo("reference.code.taken");
		assertThat(model).doesNotContainKey("theirs");
	}

	@Test
	void onAPageTheRuleAndItsParticularsBecomeThePagesMessage() {
		ExtendedModelMap model = new ExtendedModelMap();
		DefaultMessageSourceResolvable missing = new DefaultMessageSourceResolvable("negotiation.missing.rounds");

		Optional<Long> made = Refusals.onPage(model, "refusal", "error.concurrent-edit").attempt(() -> {
			throw new RuleViolation(null, "negotiation.step.incomplete", List.of(missing));
		});

		assertThat(made).isEmpty();
		assertThat(model).containsEntry("refusal", "negotiation.step.incomplete")
			.containsEntry("refusalDetails", List.of(missing));
	}

	@Test
	void afterARedirectARuleIsAWarningAndAConflictToo() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

		Refusals.asFlash(redirect, "error.concurrent-edit").attempt(refused("expected", "armedgroup.row.changed"));
		assertThat(flash(redirect)).extracting(Flash::level, Flash::key)
			.containsExactly("warning", "armedgroup.row.changed");

		Refusals.asFlash(redirect, "error.concurrent-edit").attempt(savedFirstBySomeoneElse());
		assertThat(flash(redirect)).extracting(Flash::level, Flash::key)
			.containsExactly("warning", "error.concurrent-edit");
	}

	@Test
	void aRefusalTheUserMustNotOverlookIsADangerAlertAfterTheRedirect() {
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();

		boolean deleted = Refusals.asDangerFlash(redirect, "error.concurrent-edit")
			.attempt(refused(null, "reference.value.in-use"));

		assertThat(deleted).isFalse();
		assertThat(flash(redirect)).extracting(Flash::level, Flash::key)
			.containsExactly("danger", "reference.value.in-use");
	}

	@Test
	void anotherFailureIsNotARefusalAndIsNotSwallowed() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> Refusals.onForm(this.form, "error.concurrent-edit").attempt(() -> {
				throw new IllegalStateException("database down");
			}));
		assertThat(this.form.hasErrors()).isFalse();
	}

	private static Runnable refused(String field, String key) {
		return () -> {
			throw new RuleViolation(field, key);
		};
	}

	private static Runnable savedFirstBySomeoneElse() {
		return () -> {
			throw new ConcurrentEditException("ArmedGroup", 7L);
		};
	}

	private static Flash flash(RedirectAttributesModelMap redirect) {
		return (Flash) redirect.getFlashAttributes().get(Flash.ATTRIBUTE);
	}

}
