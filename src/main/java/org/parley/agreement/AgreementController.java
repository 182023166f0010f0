package org.parley.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.audit.AuditQueries;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;
import org.parley.shared.web.Flash;
import org.parley.shared.web.JsonWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agreement pages: drafting a version, sending it to HQ, HQ's review with comments
 * per commitment, revising an agreement in force, and the changes of its life.
 */
@Controller
class AgreementController {

	private final Agreements agreements;

	private final CaseQueries cases;

	private final ArmedGroupQueries groups;

	private final MessageSource messages;

	private final AuditQueries audit;

	private final ComplianceChecks checks;

	private final ImplementationScores scores;

	private final TeamCalendar calendar;

	private final GroupReviews reviews;

	private final AgreementAttachments attachments;

	private final JsonWriter json;

	AgreementController(Agreements agreements, CaseQueries cases, ArmedGroupQueries groups, MessageSource messages,
			AuditQueries audit, ComplianceChecks checks, ImplementationScores scores, TeamCalendar calendar,
			GroupReviews reviews, AgreementAttachments attachments, JsonWriter json) {
		this.reviews = reviews;
		this.json = json;
		this.attachments = attachments;
		this.calendar = calendar;
		this.scores = scores;
		this.checks = checks;
		this.audit = audit;
		this.agreements = agreements;
		this.cases = cases;
		this.groups = groups;
		this.messages = messages;
	}

	@GetMapping("/cases/{caseId}/agreements/new")
	String draft(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user, Model model) {
		String organisation = this.messages.getMessage("agreement.party.organisation", null,
				LocaleContextHolder.getLocale());
		model.addAttribute("draft", this.agreements.firstDraft(caseId, organisation, user).withBlankRows());
		return formPage(caseId, null, null, user, model);
	}

	@PostMapping("/cases/{caseId}/agreements")
	String create(@PathVariable long caseId, @Valid @ModelAttribute("draft") AgreementDraft draft, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				long id = this.agreements.create(caseId, draft, user);
				Flash.success(redirect, "agreement.saved");
				return "redirect:/agreements/" + id;
			}
			catch (RuleViolation violation) {
				reject(result, violation);
			}
		}
		return formPage(caseId, null, null, user, model);
	}

	@GetMapping("/agreements/{id}")
	String show(@PathVariable long id, @RequestParam(required = false) Integer compare,
			@RequestParam(required = false) Integer with, @RequestParam(required = false) Long historyAfter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		AgreementDetails details = this.agreements.details(id, user);
		List<AgreementAttachments.AttachmentView> attached = this.attachments.ofAgreement(id, user);
		model.addAttribute("history",
				this.audit.history(
						Map.of("Agreement", java.util.List.of(Long.toString(id)), "AgreementVersion",
								details.versions().stream().map((v) -> Long.toString(v.id())).toList(),
								"AgreementAttachment", attached.stream().map((f) -> Long.toString(f.id())).toList()),
						historyAfter, 20));
		CaseView view = this.cases.get(details.caseId(), user);
		model.addAttribute("a", details);
		model.addAttribute("c", view);
		model.addAttribute("checks", this.checks.ofAgreement(id, user));
		model.addAttribute("attachments", attached);
		model.addAttribute("checkFiles", this.attachments.ofChecks(id, user));
		model.addAttribute("attachmentKinds", AttachmentKind.values());
		model.addAttribute("maxUploadBytes", org.parley.document.Documents.MAX_BYTES);
		if (!model.containsAttribute("attachmentForm")) {
			model.addAttribute("attachmentForm", AttachmentForm.empty());
		}
		model.addAttribute("results", CheckResult.values());
		model.addAttribute("reviews", this.reviews.ofAgreement(id, user));
		model.addAttribute("stances", org.parley.armedgroup.Stance.values());
		model.addAttribute("controlLevels", org.parley.armedgroup.ControlLevel.values());
		model.addAttribute("today", this.calendar.today());
		ImplementationScores.Summary summary = this.scores.summary(id);
		model.addAttribute("scores", summary);
		model.addAttribute("scoreChart", scoreChart(summary));
		model.addAttribute("thisMonth", java.time.YearMonth.from(this.calendar.today()).toString());
		model.addAttribute("canWork", this.cases.canWork(view, user));
		model.addAttribute("canDecide", this.cases.canDecide(view, user));
		if (compare != null && with != null) {
			details.versions()
				.stream()
				.filter((v) -> v.versionNo() == compare)
				.findFirst()
				.ifPresent((v) -> model.addAttribute("left", v));
			details.versions()
				.stream()
				.filter((v) -> v.versionNo() == with)
				.findFirst()
				.ifPresent((v) -> model.addAttribute("right", v));
		}
		else if (details.open() != null && details.inForce() != null) {
			// A revision waiting: compare it with the version in force.
			model.addAttribute("left", details.inForce());
			model.addAttribute("right", details.open());
		}
		else if (details.open() != null && details.returnedBefore(details.open()) != null
				&& details.returnedBefore(details.open()) != details.open()) {
			// An answer to HQ's return: compare it with what HQ returned.
			model.addAttribute("left", details.returnedBefore(details.open()));
			model.addAttribute("right", details.open());
		}
		if (model.getAttribute("left") instanceof AgreementDetails.VersionView left
				&& model.getAttribute("right") instanceof AgreementDetails.VersionView right) {
			model.addAttribute("diff", VersionDiff.between(left.content(), right.content()));
		}
		return "agreement/show";
	}

	@GetMapping("/agreements/{id}/versions/{versionId}/edit")
	String edit(@PathVariable long id, @PathVariable long versionId, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		AgreementDetails details = this.agreements.details(id, user);
		AgreementDetails.VersionView version = details.versions()
			.stream()
			.filter((v) -> v.id() == versionId)
			.findFirst()
			.orElseThrow(() -> new AgreementNotFoundException(id));
		model.addAttribute("draft", version.content().withBlankRows());
		return formPage(details.caseId(), details, version, user, model);
	}

	@PostMapping("/agreements/{id}/versions/{versionId}")
	String update(@PathVariable long id, @PathVariable long versionId, @RequestParam long version,
			@Valid @ModelAttribute("draft") AgreementDraft draft, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		AgreementDetails details = this.agreements.details(id, user);
		if (!result.hasErrors()) {
			try {
				this.agreements.update(id, versionId, version, draft, user);
				Flash.success(redirect, "agreement.saved");
				return "redirect:/agreements/" + id;
			}
			catch (RuleViolation violation) {
				reject(result, violation);
			}
			catch (ConcurrentEditException conflict) {
				result.reject("agreement.conflict");
			}
		}
		AgreementDetails.VersionView shown = details.versions()
			.stream()
			.filter((v) -> v.id() == versionId)
			.findFirst()
			.orElseThrow(() -> new AgreementNotFoundException(id));
		model.addAttribute("typedVersion", version);
		return formPage(details.caseId(), details, shown, user, model);
	}

	@PostMapping("/agreements/{id}/versions/{versionId}/submit")
	String submit(@PathVariable long id, @PathVariable long versionId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return act(id, user, model, redirect, "agreement.submitted",
				() -> this.agreements.submit(id, versionId, version, user));
	}

	@PostMapping("/agreements/{id}/versions/{versionId}/review")
	String review(@PathVariable long id, @PathVariable long versionId, @RequestParam long version,
			@RequestParam String outcome, @RequestParam(required = false) String comment,
			@RequestParam Map<String, String> params, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		Map<String, String> onCommitments = new HashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("commitment_")) {
				onCommitments.put(key.substring("commitment_".length()), value);
			}
		});
		boolean approve = "approve".equals(outcome);
		model.addAttribute("reviewComment", comment);
		model.addAttribute("reviewComments", onCommitments);
		return act(id, user, model, redirect, approve ? "agreement.approved" : "agreement.returned",
				() -> this.agreements.review(id, versionId, version, approve, comment, onCommitments, user));
	}

	/**
	 * The team records what a compliance check found, with optional files as evidence;
	 * for a violation, it may go on to record the incident, its form started from the
	 * check. A refusal keeps what was typed in the check's form, the message at its
	 * field.
	 */
	@PostMapping("/agreements/{id}/checks/{checkId}")
	String record(@PathVariable long id, @PathVariable long checkId, @RequestParam long version,
			@RequestParam(defaultValue = "false") boolean breach,
			@RequestParam(defaultValue = "false") boolean incident,
			@Valid @ModelAttribute("checkRecord") CheckRecord record, BindingResult result,
			@RequestParam(required = false) List<MultipartFile> attachments, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("recordingCheck", checkId);
		model.addAttribute("typedBreach", breach);
		if (result.hasErrors()) {
			model.addAttribute("agreementError", "agreement.check.invalid");
			return show(id, null, null, null, user, model);
		}
		try {
			this.checks.record(checkId, version, record, breach, attachments, user);
			Flash.success(redirect, breach ? "agreement.check.breach-recorded" : "agreement.check.recorded");
			if (incident && record.result() == CheckResult.VIOLATED) {
				return "redirect:" + incidentForm(id, checkId, record, user);
			}
			return "redirect:/agreements/" + id + "#checks";
		}
		catch (RuleViolation violation) {
			model.addAttribute("checkError", violation);
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("agreementError", "agreement.conflict");
		}
		return show(id, null, null, null, user, model);
	}

	/**
	 * The incident form started from a violated check: its case, agreement, commitment,
	 * the day it was checked and the group that owed the commitment, if it is one of the
	 * registry. A plain URL: the incident module depends on agreements, not the reverse.
	 */
	private String incidentForm(long id, long checkId, CheckRecord record, CurrentUser user) {
		ComplianceCheck.CheckView check = this.checks.one(checkId, user);
		return org.springframework.web.util.UriComponentsBuilder.fromPath("/incidents/new")
			.queryParam("caseId", check.caseId())
			.queryParam("agreementId", id)
			.queryParam("commitment", check.commitmentKey())
			.queryParam("checkId", checkId)
			.queryParam("occurredOn", record.checkedOn())
			.queryParamIfPresent("groupId", java.util.Optional.ofNullable(this.checks.groupThatOwed(checkId, user)))
			.encode()
			.toUriString();
	}

	/**
	 * Attaches a file (a signed scan, a photo) to the agreement. A refused file is named
	 * at the file field; the kind and caption typed stay.
	 */
	@PostMapping("/agreements/{id}/attachments")
	String attach(@PathVariable long id, @Valid @ModelAttribute("attachmentForm") AttachmentForm form,
			BindingResult result, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.attachments.attach(id, form, file, user);
				Flash.success(redirect, "agreement.attachment.added");
				return "redirect:/agreements/" + id + "#attachments";
			}
			catch (RuleViolation violation) {
				if ("file".equals(violation.field())) {
					model.addAttribute("fileError", violation.messageKey());
				}
				else {
					reject(result, violation);
				}
			}
		}
		return show(id, null, null, null, user, model);
	}

	/** Scores one commitment's implementation for a month (yyyy-MM), 0 to 3. */
	@PostMapping("/agreements/{id}/scores")
	String score(@PathVariable long id, @RequestParam String commitment, @RequestParam(required = false) String month,
			@RequestParam(required = false) Integer score, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		java.time.LocalDate period = null;
		try {
			period = java.time.YearMonth.parse((month != null) ? month : "").atDay(1);
		}
		catch (java.time.format.DateTimeParseException ex) {
			// refused below with a message
		}
		java.time.LocalDate chosen = period;
		if (score == null) {
			model.addAttribute("agreementError", "agreement.score.range");
			return show(id, null, null, null, user, model);
		}
		return act(id, user, model, redirect, "agreement.score.saved",
				() -> this.scores.score(id, commitment, chosen, score, note, user));
	}

	@PostMapping("/agreements/{id}/revise")
	String revise(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		return act(id, user, model, redirect, "agreement.revision.started",
				() -> this.agreements.revise(id, version, user));
	}

	@PostMapping("/agreements/{id}/status")
	String move(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) AgreementStatus to,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("statusReason", reason);
		if (to == null) {
			model.addAttribute("agreementError", "agreement.status.not-allowed");
			return show(id, null, null, null, user, model);
		}
		return act(id, user, model, redirect, "agreement.status.changed",
				() -> this.agreements.move(id, version, to, reason, user));
	}

	private String act(long id, CurrentUser user, Model model, RedirectAttributes redirect, String success,
			Runnable action) {
		try {
			action.run();
			Flash.success(redirect, success);
			return "redirect:/agreements/" + id;
		}
		catch (RuleViolation violation) {
			model.addAttribute("agreementError", violation.messageKey());
		}
		catch (ConcurrentEditException conflict) {
			model.addAttribute("agreementError", "agreement.conflict");
		}
		return show(id, null, null, null, user, model);
	}

	private String formPage(long caseId, AgreementDetails details, AgreementDetails.VersionView version,
			CurrentUser user, Model model) {
		model.addAttribute("c", this.cases.get(caseId, user));
		model.addAttribute("a", details);
		model.addAttribute("v", version);
		model.addAttribute("answering", (details != null && version != null) ? details.returnedBefore(version) : null);
		model.addAttribute("forms", FormOfAgreement.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("signingStatuses", SigningStatus.values());
		model.addAttribute("settlements", DisputeSettlement.values());
		model.addAttribute("categories", CommitmentCategory.values());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("partyKinds", PartyKind.values());
		model.addAttribute("groupChoices", this.groups.choices(null, 200));
		return "agreement/form";
	}

	/**
	 * What score-chart.js draws: the months, and each line with its label in the reader's
	 * language.
	 */
	private String scoreChart(ImplementationScores.Summary summary) {
		java.util.Locale locale = LocaleContextHolder.getLocale();
		List<ChartLine> lines = summary.lines()
			.stream()
			.map((line) -> new ChartLine(this.messages.getMessage((line.category() != null)
					? "agreement.CommitmentCategory." + line.category() : "agreement.score.overall", null, locale),
					line.category() == null, line.percents()))
			.toList();
		return this.json.write(new ScoreChart(
				summary.months().stream().map((m) -> java.time.YearMonth.from(m).toString()).toList(), lines));
	}

	/** The chart of implementation scores: months (yyyy-MM) and lines of percentages. */
	record ScoreChart(List<String> months, List<ChartLine> lines) {
	}

	record ChartLine(String label, boolean overall, List<Integer> percents) {
	}

	private static void reject(BindingResult result, RuleViolation violation) {
		if (violation.field() != null) {
			result.rejectValue(violation.field(), violation.messageKey());
		}
		else {
			result.reject(violation.messageKey());
		}
	}

}
