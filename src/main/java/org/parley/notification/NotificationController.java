package org.parley.notification;

import java.util.Locale;

import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.ReadOnlySafe;
import org.parley.shared.web.Flash;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox page: every signed-in user has one, and only ever sees their own.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	static final int PAGE_SIZE = 25;

	private final Inbox inbox;

	private final NotificationText text;

	private final NotificationSubjects subjects;

	NotificationController(Inbox inbox, NotificationText text, NotificationSubjects subjects) {
		this.inbox = inbox;
		this.text = text;
		this.subjects = subjects;
	}

	@GetMapping
	String list(@RequestParam(required = false) String after, @RequestParam(defaultValue = "false") boolean hideDone,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		KeysetPage<NotificationView> page = this.inbox.page(user, after, PAGE_SIZE, !hideDone);
		model.addAttribute("page", page);
		model.addAttribute("hideDone", hideDone);
		NotificationSubjects.Lookup titles = this.subjects.forReader(user);
		model.addAttribute("lines",
				page.items().stream().map((n) -> new Line(n, this.text.of(n, locale), titles.of(n.link()))).toList());
		return "notification/list";
	}

	/**
	 * A notification, its text in the reader's language, and the title of what it is
	 * about if the reader may see it.
	 */
	record Line(NotificationView notification, String text, String subject) {
	}

	/** Opens a notification: marks it read and goes where it leads. */
	@GetMapping("/{id}")
	String open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return "redirect:" + this.inbox.open(id, user);
	}

	@ReadOnlySafe("Marks the reader's own notifications read")
	@PostMapping("/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.inbox.readAll(user);
		Flash.success(redirect, "notification.read-all.done");
		return "redirect:/notifications";
	}

}
