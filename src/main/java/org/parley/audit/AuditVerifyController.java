package org.parley.audit;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.parley.shared.CurrentUser;
import org.parley.shared.ReadOnlySafe;
import org.parley.shared.TeamCalendar;
import org.parley.shared.web.Flash;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Verifies the audit chain on request and shows the outcome, with the run before it; each
 * run is kept ({@link AuditVerifications}) for the auditors' start page. From here an
 * auditor anchors the chain on demand and downloads it whole to verify it offline
 * (decision 0019).
 */
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
@Controller
class AuditVerifyController {

	private final AuditVerifications verifications;

	private final AuditAnchoring anchoring;

	private final AuditAnchors anchors;

	private final ChainExport export;

	private final ReadLog readLog;

	private final TeamCalendar calendar;

	private final org.parley.shared.web.Moments moments;

	AuditVerifyController(AuditVerifications verifications, AuditAnchoring anchoring, AuditAnchors anchors,
			ChainExport export, ReadLog readLog, TeamCalendar calendar, org.parley.shared.web.Moments moments) {
		this.verifications = verifications;
		this.anchoring = anchoring;
		this.anchors = anchors;
		this.export = export;
		this.readLog = readLog;
		this.calendar = calendar;
		this.moments = moments;
	}

	@GetMapping("/audit/verify")
	String verify(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("previous", this.verifications.last().orElse(null));
		model.addAttribute("report", this.verifications.run());
		model.addAttribute("zone", this.moments.zone());
		model.addAttribute("anchorDir", this.anchors.directory().toString());
		model.addAttribute("mayExport", user.hasRole("AUDITOR"));
		return "audit/verify";
	}

	@PostMapping("/audit/anchors")
	@ReadOnlySafe("Writes the chain's head to a signed file outside the database and records that it did;"
			+ " changes no record of the organisation's work")
	String anchor(RedirectAttributes redirect) {
		AuditAnchoring.Outcome outcome = this.anchoring.anchor();
		switch (outcome.status()) {
			case WRITTEN -> Flash.success(redirect, "audit.anchor.WRITTEN", outcome.file().anchor().entries(),
					outcome.file().name());
			case BUSY, EMPTY -> Flash.warning(redirect, "audit.anchor." + outcome.status());
			default -> Flash.danger(redirect, "audit.anchor." + outcome.status());
		}
		return "redirect:/audit/verify";
	}

	/**
	 * The whole chain as JSON lines, for auditors only: entries they may not read in the
	 * log are withheld but for their number, link and hash.
	 */
	@GetMapping("/audit/chain.jsonl")
	void chain(@AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
		if (!user.hasRole("AUDITOR")) {
			throw new AccessDeniedException("Only auditors take the chain away");
		}
		long head = this.export.head();
		this.readLog.record(ReadAction.EXPORTED, AuditChainVocabulary.TYPE, this.anchors.chainId(), null, null);
		response.setContentType("application/x-ndjson");
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("audit-chain-" + this.anchors.chainId() + "-" + head + ".jsonl")
					.build()
					.toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.export.write(user, head, response.getOutputStream());
	}

}
