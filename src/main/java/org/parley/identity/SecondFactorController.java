package org.parley.identity;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.parley.shared.ReadOnlySafe;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;
import org.parley.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user's own second factor: turning it on (optional for the roles that do not
 * require it), new recovery codes, and turning it off where allowed. Each change asks for
 * a current code of the app, so that a session left open is not enough to change it.
 */
@Controller
class SecondFactorController {

	static final String PAGE = "/account/two-factor";

	private final SecondFactors factors;

	private final SecondFactorSignIn signIn;

	SecondFactorController(SecondFactors factors, SecondFactorSignIn signIn) {
		this.factors = factors;
		this.signIn = signIn;
	}

	@GetMapping(PAGE)
	String page(@AuthenticationPrincipal ParleyUser user, HttpSession session, Model model) {
		return show(user, session, model);
	}

	@ReadOnlySafe("Turns on the user's own second factor")
	@PostMapping(PAGE)
	String enrol(@AuthenticationPrincipal ParleyUser user, HttpServletRequest request,
			@RequestParam(required = false) String code, HttpSession session, Model model) {
		byte[] secret = Enrolments.secret(session);
		Optional<List<String>> codes = attempt(user, request, model, () -> this.factors.enrol(user.id(), secret, code));
		if (codes.isEmpty()) {
			return show(user, session, model);
		}
		Enrolments.forget(session);
		return recoveryCodes(codes.get(), model);
	}

	@ReadOnlySafe("Replaces the user's own recovery codes")
	@PostMapping(PAGE + "/recovery-codes")
	String newRecoveryCodes(@AuthenticationPrincipal ParleyUser user, HttpServletRequest request,
			@RequestParam(required = false) String code, HttpSession session, Model model) {
		Optional<List<String>> codes = attempt(user, request, model,
				() -> this.factors.replaceRecoveryCodes(user.id(), code));
		return codes.isPresent() ? recoveryCodes(codes.get(), model) : show(user, session, model);
	}

	@ReadOnlySafe("Turns off the user's own second factor")
	@PostMapping(PAGE + "/off")
	String turnOff(@AuthenticationPrincipal ParleyUser user, HttpServletRequest request,
			@RequestParam(required = false) String code, HttpSession session, Model model,
			RedirectAttributes redirect) {
		Optional<Boolean> done = attempt(user, request, model, () -> {
			this.factors.turnOff(user.id(), code);
			return true;
		});
		if (done.isEmpty()) {
			return show(user, session, model);
		}
		Flash.success(redirect, "identity.second-factor.turned-off");
		return "redirect:" + PAGE;
	}

	private String show(ParleyUser user, HttpSession session, Model model) {
		SecondFactors.Status status = this.factors.status(user.id());
		model.addAttribute("status", status);
		model.addAttribute("required", this.factors.requiredFor(user.roles()));
		if (!status.on()) {
			Enrolments.show(model, user.username(), Enrolments.secret(session));
		}
		return "identity/two-factor";
	}

	/**
	 * Recovery codes are shown once, in this answer, and kept nowhere to be shown again.
	 */
	private static String recoveryCodes(List<String> codes, Model model) {
		model.addAttribute("recoveryCodes", codes);
		model.addAttribute("next", PAGE);
		return "identity/recovery-codes";
	}

	/**
	 * Runs a change; a wrong code counts against the account like one typed at sign-in
	 * (five lock the account), so an open session cannot be used to guess one.
	 */
	private <T> Optional<T> attempt(ParleyUser user, HttpServletRequest request, Model model, Supplier<T> action) {
		try {
			return Optional.of(action.get());
		}
		catch (RuleViolation refused) {
			if ("identity.second-factor.code-wrong".equals(refused.messageKey())
					&& Text.blankToNull(request.getParameter("code")) != null) {
				this.signIn.refused(request, user.username(), SecondFactors.Check.WRONG);
			}
			model.addAttribute("error", refused.messageKey());
			return Optional.empty();
		}
	}

}
