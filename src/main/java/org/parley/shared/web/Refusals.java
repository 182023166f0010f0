package org.parley.shared.web;

import java.util.Optional;
import java.util.function.Supplier;

import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;

import org.springframework.beans.BeansException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page shows a change the application refused: a broken rule
 * ({@link RuleViolation}) next to the field it concerns, on the whole form, as the page's
 * message or as a message after a redirect; a concurrent edit
 * ({@link ConcurrentEditException}) as the form's conflict message. What the user typed
 * is kept, since the controller shows the same form again.
 *
 * <pre>
 * if (Refusals.onForm(result, "incident.conflict").attempt(() -&gt; this.incidents.update(...))) {
 *     return "redirect:/incidents/" + id;
 * }
 * return formPage(...);
 * </pre>
 */
public final class Refusals {

	private final Target target;

	private Refusals(Target target) {
		this.target = target;
	}

	/**
	 * Refusals land on a bound form: at the rule's field when the form has it, otherwise
	 * on the whole form. A form that already has errors is not submitted.
	 * @param conflictKey the message of a concurrent edit
	 */
	public static Refusals onForm(BindingResult form, String conflictKey) {
		return new Refusals(new Target() {

			@Override
			public boolean ready() {
				return !form.hasErrors();
			}

			@Override
			public void rule(RuleViolation violation) {
				if (violation.field() == null) {
					form.reject(violation.messageKey());
					return;
				}
				try {
					form.rejectValue(violation.field(), violation.messageKey());
				}
				catch (BeansException notOnTheForm) {
					// a rule about something the form does not show: said on the whole
					// form
					form.reject(violation.messageKey());
				}
			}

			@Override
			public void conflict() {
				form.reject(conflictKey);
			}

		});
	}

	/**
	 * Refusals become the page's message: the key under {@code attribute} and, where the
	 * rule gives particulars (what a step still lacks), those under
	 * {@code attribute + "Details"}.
	 */
	public static Refusals onPage(Model model, String attribute, String conflictKey) {
		return new Refusals(new Target() {

			@Override
			public void rule(RuleViolation violation) {
				model.addAttribute(attribute, violation.messageKey());
				model.addAttribute(attribute + "Details", violation.details());
			}

			@Override
			public void conflict() {
				model.addAttribute(attribute, conflictKey);
			}

		});
	}

	/** Refusals become a warning shown once on the page the user is sent back to. */
	public static Refusals asFlash(RedirectAttributes redirect, String conflictKey) {
		return flash(redirect, "warning", conflictKey);
	}

	/**
	 * Refusals become an alert shown once on the page the user is sent back to, for a
	 * refusal the user should not overlook (disabling the last administrator, deleting a
	 * value in use).
	 */
	public static Refusals asDangerFlash(RedirectAttributes redirect, String conflictKey) {
		return flash(redirect, "danger", conflictKey);
	}

	private static Refusals flash(RedirectAttributes redirect, String level, String conflictKey) {
		return new Refusals(new Target() {

			@Override
			public void rule(RuleViolation violation) {
				redirect.addFlashAttribute(Flash.ATTRIBUTE, new Flash(level, violation.messageKey(), new Object[0]));
			}

			@Override
			public void conflict() {
				redirect.addFlashAttribute(Flash.ATTRIBUTE, new Flash(level, conflictKey, new Object[0]));
			}

		});
	}

	/**
	 * The same refusals, and when someone else saved first, also {@code then}: what the
	 * page shows besides the conflict message (what the other person saved, the version
	 * the user may now save over).
	 */
	public Refusals onConflict(Runnable then) {
		Target refused = this.target;
		return new Refusals(new Target() {

			@Override
			public boolean ready() {
				return refused.ready();
			}

			@Override
			public void rule(RuleViolation violation) {
				refused.rule(violation);
			}

			@Override
			public void conflict() {
				refused.conflict();
				then.run();
			}

		});
	}

	/**
	 * Rules refused with particulars (what a step still lacks) are said as the page's
	 * message with their particulars, as {@link #onPage} does, rather than on the form.
	 */
	public Refusals withParticularsOnPage(Model model, String attribute) {
		Target onForm = this.target;
		Target onPage = onPage(model, attribute, null).target;
		return new Refusals(new Target() {

			@Override
			public boolean ready() {
				return onForm.ready();
			}

			@Override
			public void rule(RuleViolation violation) {
				if (violation.details().isEmpty()) {
					onForm.rule(violation);
				}
				else {
					onPage.rule(violation);
				}
			}

			@Override
			public void conflict() {
				onForm.conflict();
			}

		});
	}

	/**
	 * Makes the change unless refused.
	 * @return whether it was made
	 */
	public boolean attempt(Runnable change) {
		return attempt(() -> {
			change.run();
			return Boolean.TRUE;
		}).isPresent();
	}

	/**
	 * Makes the change unless refused.
	 * @return what the change returned (an id), or empty if it was refused
	 */
	public <T> Optional<T> attempt(Supplier<T> change) {
		if (!this.target.ready()) {
			return Optional.empty();
		}
		try {
			return Optional.of(change.get());
		}
		catch (RuleViolation violation) {
			this.target.rule(violation);
		}
		catch (ConcurrentEditException conflict) {
			this.target.conflict();
		}
		return Optional.empty();
	}

	private interface Target {

		default boolean ready() {
			return true;
		}

		void rule(RuleViolation violation);

		void conflict();

	}

}
