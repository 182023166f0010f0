package org.parley.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.parley.shared.ReadOnlySafe;
import org.parley.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Your sessions": where the user is signed in, with a way to sign out any one of them or
 * all the others; and the language their account remembers.
 */
@Controller
@ReadOnlySafe("The user's own sessions and language: every role manages its own")
class SessionsController {

	static final String PAGE = "/account/sessions";

	private final Sessions sessions;

	private final ParleyLocaleResolver locales;

	SessionsController(Sessions sessions, ParleyLocaleResolver locales) {
		this.sessions = sessions;
		this.locales = locales;
	}

	@GetMapping(PAGE)
	String list(@AuthenticationPrincipal ParleyUser user, HttpSession session, Model model) {
		model.addAttribute("sessions", this.sessions.of(user.id(), session.getId()));
		return "identity/sessions";
	}

	@PostMapping(PAGE + "/{handle}/end")
	String end(@AuthenticationPrincipal ParleyUser user, @PathVariable String handle, HttpSession session,
			RedirectAttributes redirect) {
		boolean current = this.sessions.of(user.id(), session.getId())
			.stream()
			.anyMatch((view) -> view.current() && view.handle().equals(handle));
		if (!this.sessions.end(user.id(), handle)) {
			Flash.warning(redirect, "identity.sessions.gone");
			return "redirect:" + PAGE;
		}
		if (current) {
			return "redirect:/login?logout";
		}
		Flash.success(redirect, "identity.sessions.ended");
		return "redirect:" + PAGE;
	}

	@PostMapping(PAGE + "/end-others")
	String endOthers(@AuthenticationPrincipal ParleyUser user, HttpSession session, RedirectAttributes redirect) {
		int ended = this.sessions.endOthers(user.id(), session.getId());
		Flash.success(redirect, "identity.sessions.others-ended", ended);
		return "redirect:" + PAGE;
	}

	@PostMapping("/account/language")
	String language(@AuthenticationPrincipal ParleyUser user, @RequestParam(required = false) String language,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (this.locales.save(request, response, user.id(), language)) {
			Flash.success(redirect, "identity.language.saved");
		}
		return "redirect:" + PAGE;
	}

}
