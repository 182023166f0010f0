package org.parley.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.parley.shared.ReadOnlySafe;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;
import org.parley.shared.web.Flash;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The second page of signing in: the code of the user's app (or a recovery code), or, for
 * a user whose roles require a second factor and who has none, its enrolment. Only a
 * sign-in pending at that stage is served; anyone else is sent on (signed in: to the
 * start page; otherwise: to the sign-in page).
 */
@Controller
class SecondFactorSignInController {

	private final SecondFactorSignIn signIn;

	private final SecondFactors factors;

	private final LanguageOnSignIn afterSignIn;

	SecondFactorSignInController(SecondFactorSignIn signIn, SecondFactors factors, LanguageOnSignIn afterSignIn) {
		this.signIn = signIn;
		this.factors = factors;
		this.afterSignIn = afterSignIn;
	}

	@GetMapping("/sign-in/code")
	String codeForm(HttpServletRequest request) {
		Authentication authentication = current();
		Optional<SecondFactorPending> pending = this.signIn.pending(authentication, SecondFactorPending.Stage.CODE);
		if (pending.isEmpty()) {
			return elsewhere(authentication, request);
		}
		return "identity/sign-in-code";
	}

	@ReadOnlySafe("Completes the user's own sign-in")
	@PostMapping("/sign-in/code")
	String code(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		Authentication authentication = current();
		Optional<SecondFactorPending> found = this.signIn.pending(authentication, SecondFactorPending.Stage.CODE);
		if (found.isEmpty()) {
			return elsewhere(authentication, request);
		}
		SecondFactorPending pending = found.get();
		if (this.signIn.refuses(request, pending)) {
			this.signIn.abandon(request);
			return "redirect:/login?locked";
		}
		if (Text.blankToNull(code) == null) {
			// Nothing typed: nothing guessed, nothing counted.
			model.addAttribute("error", "identity.second-factor.code-wrong");
			return "identity/sign-in-code";
		}
		SecondFactors.Check check = this.factors.check(pending.userId(), code);
		switch (check) {
			case ACCEPTED, RECOVERY_CODE -> {
				boolean recovery = check == SecondFactors.Check.RECOVERY_CODE;
				ParleyUser user = this.signIn.complete(request, response, pending.userId(),
						recovery ? "second factor: recovery code" : "second factor: authenticator code");
				if (recovery) {
					Flash.warning(redirect, "identity.second-factor.recovery-used",
							this.factors.status(user.id()).recoveryCodesLeft());
				}
				return "redirect:" + this.afterSignIn.afterSecondFactor(request, response, user);
			}
			default -> {
				this.signIn.refused(request, pending, check);
				if (this.signIn.refuses(request, pending)) {
					this.signIn.abandon(request);
					return "redirect:/login?locked";
				}
				model.addAttribute("error", (check == SecondFactors.Check.REPLAYED) ? "identity.second-factor.code-used"
						: "identity.second-factor.code-wrong");
				return "identity/sign-in-code";
			}
		}
	}

	@GetMapping("/sign-in/enrol")
	String enrolForm(HttpServletRequest request, Model model) {
		Authentication authentication = current();
		Optional<SecondFactorPending> pending = this.signIn.pending(authentication, SecondFactorPending.Stage.ENROL);
		if (pending.isEmpty()) {
			return elsewhere(authentication, request);
		}
		Enrolments.show(model, pending.get().getName(), Enrolments.secret(request.getSession()));
		return "identity/sign-in-enrol";
	}

	@ReadOnlySafe("Enrols the user's own second factor")
	@PostMapping("/sign-in/enrol")
	String enrol(@RequestParam(required = false) String code, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		Authentication authentication = current();
		Optional<SecondFactorPending> found = this.signIn.pending(authentication, SecondFactorPending.Stage.ENROL);
		if (found.isEmpty()) {
			return elsewhere(authentication, request);
		}
		SecondFactorPending pending = found.get();
		if (this.signIn.refuses(request, pending)) {
			this.signIn.abandon(request);
			return "redirect:/login?locked";
		}
		byte[] secret = Enrolments.secret(request.getSession());
		List<String> recoveryCodes;
		try {
			recoveryCodes = this.signIn.as(pending.userId(), () -> this.factors.enrol(pending.userId(), secret, code));
		}
		catch (RuleViolation refused) {
			if (Text.blankToNull(code) != null) {
				this.signIn.refused(request, pending, SecondFactors.Check.WRONG);
			}
			if (this.signIn.refuses(request, pending)) {
				this.signIn.abandon(request);
				return "redirect:/login?locked";
			}
			model.addAttribute("error", refused.messageKey());
			Enrolments.show(model, pending.getName(), secret);
			return "identity/sign-in-enrol";
		}
		Enrolments.forget(request.getSession());
		ParleyUser user = this.signIn.complete(request, response, pending.userId(), "second factor: enrolled");
		// Shown once, in this answer: never kept anywhere to be shown again.
		model.addAttribute("recoveryCodes", recoveryCodes);
		model.addAttribute("next", this.afterSignIn.afterSecondFactor(request, response, user));
		return "identity/recovery-codes";
	}

	/**
	 * Who is there: read from the security context itself, since Spring MVC hands a
	 * handler no authentication that is not authenticated (a pending sign-in is not).
	 */
	private static Authentication current() {
		return SecurityContextHolder.getContext().getAuthentication();
	}

	/**
	 * Anyone but a pending sign-in at this stage: a signed-in user goes to the start
	 * page; a pending sign-in that waited too long, or nobody, to the sign-in page.
	 */
	private String elsewhere(Authentication authentication, HttpServletRequest request) {
		if (authentication instanceof SecondFactorPending) {
			this.signIn.abandon(request);
			return "redirect:/login?expired";
		}
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof ParleyUser) {
			return "redirect:/";
		}
		return "redirect:/login";
	}

}
