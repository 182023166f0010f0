package org.parley.agreement.web;

import org.parley.negotiation.CaseQueries;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.agreement.AgreementDetails;
import org.parley.agreement.AttachmentKind;
import org.parley.agreement.Agreements;
import org.parley.agreement.CheckResult;
import org.parley.agreement.DisputeContactKind;
import org.parley.agreement.DisputeParty;
import org.parley.agreement.DisputeState;
import org.parley.agreement.DisputeView;
import org.parley.agreement.VersionDiff;
import org.parley.agreement.dispute.Disputes;
import org.parley.agreement.internal.AgreementAttachments;
import org.parley.agreement.internal.ImplementationScores;
import org.parley.agreement.monitoring.ObligationQueries;
import org.parley.armedgroup.ControlLevel;
import org.parley.armedgroup.Stance;
import org.parley.audit.AuditDescriptions;
import org.parley.audit.AuditEntryView;
import org.parley.audit.AuditQueries;
import org.parley.audit.ReadAction;
import org.parley.audit.ReadLog;
import org.parley.negotiation.CaseView;
import org.parley.document.Documents;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.shared.TeamCalendar;
import org.parley.shared.web.JsonWriter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The agreement's page: its versions (the open one compared with what it changes or
 * answers), its checks, files, reviews of groups and implementation scores, and its
 * history. Drawn after a GET and again, with what was typed and the refusal, after a
 * change the application refused.
 */
@Component
class AgreementPage {

	static final String VIEW = "agreement/show";

	private final Agreements agreements;

	private final CaseQueries cases;

	private final ObligationQueries obligations;

	private final AgreementAttachments attachments;

	private final ImplementationScores scores;

	private final AuditQueries audit;

	private final TeamCalendar calendar;

	private final MessageSource messages;

	private final JsonWriter json;

	private final ReadLog readLog;

	private final AuditDescriptions descriptions;

	private final Disputes disputes;

	AgreementPage(Agreements agreements, CaseQueries cases, ObligationQueries obligations,
			AgreementAttachments attachments, ImplementationScores scores, AuditQueries audit, TeamCalendar calendar,
			MessageSource messages, JsonWriter json, ReadLog readLog, AuditDescriptions descriptions,
			Disputes disputes) {
		this.disputes = disputes;
		this.readLog = readLog;
		this.descriptions = descriptions;
		this.agreements = agreements;
		this.cases = cases;
		this.obligations = obligations;
		this.attachments = attachments;
		this.scores = scores;
		this.audit = audit;
		this.calendar = calendar;
		this.messages = messages;
		this.json = json;
	}

	/** The page as it stands. */
	String show(long id, CurrentUser user, Model model) {
		return show(id, null, null, null, user, model);
	}

	/**
	 * The page as a reader opens it (not as a refused form shows it again): the opening
	 * is recorded in the read log.
	 */
	String open(long id, Integer compare, Integer with, Long historyAfter, CurrentUser user, Model model) {
		String view = show(id, compare, with, historyAfter, user, model);
		CaseView c = (CaseView) model.getAttribute("c");
		this.readLog.record(ReadAction.OPENED, "Agreement", Long.toString(id), c.id(), c.teamId());
		return view;
	}

	/**
	 * The page, comparing two versions if asked.
	 * @param compare the number of the earlier version to compare, or null
	 * @param with the number of the later one, or null
	 */
	String show(long id, Integer compare, Integer with, Long historyAfter, CurrentUser user, Model model) {
		Agreements.Reading reading = this.agreements.read(id, user);
		AgreementDetails details = reading.agreement();
		List<AgreementAttachments.AttachmentView> attached = this.attachments.ofAgreement(details, user);
		List<DisputeView> disputed = this.disputes.of(id, user);
		KeysetPage<AuditEntryView> history = this.audit.history(Map.of("Agreement", List.of(Long.toString(id)),
				"AgreementVersion", details.versions().stream().map((v) -> Long.toString(v.id())).toList(),
				"AgreementAttachment", attached.stream().map((f) -> Long.toString(f.id())).toList(), "AgreementDispute",
				disputed.stream().map((d) -> Long.toString(d.id())).toList(), "DisputeContact",
				disputed.stream().flatMap((d) -> d.contacts().stream()).map((k) -> Long.toString(k.id())).toList()),
				historyAfter, 20);
		model.addAttribute("history",
				new KeysetPage<>(this.descriptions.describe(history.items(), LocaleContextHolder.getLocale(), user),
						history.nextCursor()));
		model.addAttribute("a", details);
		model.addAttribute("c", this.cases.get(details.caseId(), user));
		model.addAttribute("canWork", reading.mayWork());
		model.addAttribute("canDecide", reading.mayDecide());
		model.addAttribute("checks", this.obligations.checksOf(id));
		model.addAttribute("reviews", this.obligations.reviewsOf(id));
		model.addAttribute("attachments", attached);
		model.addAttribute("openDisputes", disputed.stream().filter(DisputeView::open).toList());
		model.addAttribute("closedDisputes", disputed.stream().filter((d) -> !d.open()).toList());
		// A refused form of a dispute closed meanwhile is not on the page: its messages
		// go above the disputes.
		Object refused = model.getAttribute("disputeForm");
		model.addAttribute("disputeErrorsUnplaced", refused instanceof String form && !"new".equals(form)
				&& disputed.stream().filter(DisputeView::open).noneMatch((d) -> form.endsWith("-" + d.id())));
		model.addAttribute("disputeParties", DisputeParty.values());
		model.addAttribute("contactKinds", DisputeContactKind.values());
		model.addAttribute("disputeOutcomes",
				java.util.Arrays.stream(DisputeState.values()).filter(DisputeState::closed).toList());
		AgreementDetails.VersionView current = (details.inForce() != null) ? details.inForce() : details.latest();
		// Disputes arise under an agreement HQ has approved, never under a draft.
		model.addAttribute("disputeMechanism",
				(details.inForce() != null) ? current.content().disputeSettlement() : null);
		model.addAttribute("disputeCommitments", current.content().commitments());
		model.addAttribute("checkFiles", this.attachments.ofChecks(id, user));
		model.addAttribute("attachmentKinds", AttachmentKind.values());
		model.addAttribute("maxUploadBytes", Documents.MAX_BYTES);
		if (!model.containsAttribute("attachmentForm")) {
			model.addAttribute("attachmentForm", AttachmentForm.empty());
		}
		model.addAttribute("results", CheckResult.values());
		model.addAttribute("stances", Stance.values());
		model.addAttribute("controlLevels", ControlLevel.values());
		model.addAttribute("today", this.calendar.today());
		ImplementationScores.Summary summary = this.scores.summary(id);
		model.addAttribute("scores", summary);
		model.addAttribute("scoreChart", scoreChart(summary));
		model.addAttribute("thisMonth", YearMonth.from(this.calendar.today()).toString());
		compared(details, compare, with, model);
		return VIEW;
	}

	/**
	 * Two versions side by side: those asked for; else a revision waiting beside the
	 * version in force; else an answer to HQ's return beside what HQ returned.
	 */
	private static void compared(AgreementDetails details, Integer compare, Integer with, Model model) {
		AgreementDetails.VersionView left = null;
		AgreementDetails.VersionView right = null;
		AgreementDetails.VersionView open = details.open();
		if (compare != null && with != null) {
			left = numbered(details, compare);
			right = numbered(details, with);
		}
		else if (open != null && details.inForce() != null) {
			left = details.inForce();
			right = open;
		}
		else if (open != null && details.returnedBefore(open) != null && details.returnedBefore(open) != open) {
			left = details.returnedBefore(open);
			right = open;
		}
		if (left != null) {
			model.addAttribute("left", left);
		}
		if (right != null) {
			model.addAttribute("right", right);
		}
		if (left != null && right != null) {
			model.addAttribute("diff", VersionDiff.between(left.content(), right.content()));
		}
	}

	private static AgreementDetails.VersionView numbered(AgreementDetails details, int number) {
		return details.versions().stream().filter((v) -> v.versionNo() == number).findFirst().orElse(null);
	}

	/**
	 * What score-chart.js draws: the months, and each line with its label in the reader's
	 * language.
	 */
	private String scoreChart(ImplementationScores.Summary summary) {
		Locale locale = LocaleContextHolder.getLocale();
		List<ChartLine> lines = summary.lines()
			.stream()
			.map((line) -> new ChartLine(this.messages.getMessage((line.category() != null)
					? "agreement.CommitmentCategory." + line.category() : "agreement.score.overall", null, locale),
					line.category() == null, line.percents()))
			.toList();
		return this.json
			.write(new ScoreChart(summary.months().stream().map((m) -> YearMonth.from(m).toString()).toList(), lines));
	}

	/** The chart of implementation scores: months (yyyy-MM) and lines of percentages. */
	record ScoreChart(List<String> months, List<ChartLine> lines) {
	}

	record ChartLine(String label, boolean overall, List<Integer> percents) {
	}

}
