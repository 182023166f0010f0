package org.parley.dossier.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.parley.dossier.BulkExports;
import org.parley.dossier.Dossiers;
import org.parley.dossier.ExportNotReadyException;
import org.parley.dossier.ExportView;
import org.parley.dossier.SigningUnavailableException;
import org.parley.identity.ParleyUser;
import org.parley.negotiation.CaseQueries;
import org.parley.shared.CurrentUser;
import org.parley.shared.ReadOnlySafe;
import org.parley.shared.KeysetPage;
import org.parley.shared.RuleViolation;
import org.parley.shared.SecurityEvents;
import org.parley.shared.TeamCalendar;
import org.parley.shared.web.Flash;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulk exports page: ask for one, watch its progress (htmx polls the progress bar
 * while the job runs), download it when ready.
 */
@Controller
class ExportController {

	private static final int PAGE_SIZE = 20;

	private final BulkExports exports;

	private final CaseQueries cases;

	private final TeamCalendar calendar;

	private final org.parley.shared.web.Moments moments;

	ExportController(BulkExports exports, CaseQueries cases, TeamCalendar calendar,
			org.parley.shared.web.Moments moments) {
		this.exports = exports;
		this.cases = cases;
		this.calendar = calendar;
		this.moments = moments;
	}

	@ModelAttribute("zone")
	java.time.ZoneId zone() {
		return this.moments.zone();
	}

	@GetMapping("/exports")
	String list(@RequestParam(required = false) Long team, @RequestParam(required = false) Long after,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		requireExporter(user);
		ExportForm form = new ExportForm(team, this.calendar.today().withDayOfYear(1), this.calendar.today(), null);
		return page(form, after, user, model);
	}

	@ReadOnlySafe("Makes a bulk export of dossiers for the requester; changes no record")
	@PostMapping("/exports")
	String request(@Valid @ModelAttribute("form") ExportForm form, BindingResult result, Locale locale,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		requireExporter(user);
		if (!result.hasErrors()) {
			try {
				this.exports.request(user, form.teamId(), form.from(), form.to(), locale,
						DossierController.reason(form.reason()));
				Flash.success(redirect, "exports.requested");
				return "redirect:/exports";
			}
			catch (RuleViolation ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
			catch (SigningUnavailableException ex) {
				result.reject("dossier.unavailable.detail");
			}
			catch (AccessDeniedException ex) {
				SecurityEvents.record(SecurityEvents.Kind.FORBIDDEN);
				result.rejectValue("teamId", "exports.team.refused");
			}
		}
		model.addAttribute("form", form);
		return page(form, null, user, model);
	}

	/** The progress bar of one export; htmx asks again while the job runs. */
	@GetMapping("/exports/{id}/progress")
	String progress(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("e", this.exports.get(id, user));
		return "dossier/_export-progress";
	}

	@GetMapping("/exports/{id}/file")
	String download(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response,
			RedirectAttributes redirect) throws IOException {
		ExportView export = this.exports.get(id, user);
		Path file;
		try {
			file = this.exports.file(id, user);
		}
		catch (ExportNotReadyException ex) {
			Flash.warning(redirect, "exports.not-ready.detail");
			return "redirect:/exports";
		}
		Downloads.zip(response, export.filename());
		response.setContentLengthLong(Files.size(file));
		Files.copy(file, response.getOutputStream());
		response.flushBuffer();
		return null;
	}

	private String page(ExportForm form, Long after, CurrentUser user, Model model) {
		List<ParleyUser.TeamRef> teams = this.cases.readingTeams(user);
		KeysetPage<ExportView> page = this.exports.madeBy(user, after, PAGE_SIZE);
		model.addAttribute("teams", teams);
		model.addAttribute("teamNames", teams.stream()
			.collect(java.util.stream.Collectors.toMap(ParleyUser.TeamRef::id, ParleyUser.TeamRef::name)));
		model.addAttribute("exports", page);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "dossier/exports";
	}

	private static void requireExporter(CurrentUser user) {
		if (!Dossiers.mayExport(user)) {
			throw new AccessDeniedException("Only auditors and HQ reviewers export cases");
		}
	}

}
