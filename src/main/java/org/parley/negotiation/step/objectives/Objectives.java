package org.parley.negotiation.step.objectives;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.step.Sheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.reference.ReferenceList;
import org.parley.reference.ReferenceLists;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The objectives of a case (step 3): objectives with their priority and bottom line, the
 * red lines (the organisation's, which always stay, and the case's own) and the
 * alternative if no agreement is reached.
 */
@Service
public class Objectives {

	private final ObjectivesSheetRepository sheets;

	private final CaseAccess access;

	private final ReferenceLists references;

	private final TeamCalendar calendar;

	Objectives(ObjectivesSheetRepository sheets, CaseAccess access, ReferenceLists references, TeamCalendar calendar) {
		this.sheets = sheets;
		this.access = access;
		this.references = references;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public Sheet<ObjectivesForm> of(CaseGrant grant) {
		return of(grant.caseId());
	}

	Sheet<ObjectivesForm> of(long caseId) {
		return this.sheets.findById(caseId)
			.map((o) -> new Sheet<>(o.form(), o.stamp()))
			.orElse(new Sheet<>(ObjectivesForm.empty(), Sheet.Stamp.NEW));
	}

	/**
	 * The case's red lines: the organisation's (labelled in the reader's language) first,
	 * then the case's own. Before the objectives are first saved, the organisation's in
	 * force.
	 */
	@Transactional(readOnly = true)
	public List<RedLine> redLines(CaseGrant grant) {
		return redLines(grant.caseId());
	}

	/**
	 * The red lines of a case, as {@link #redLines(CaseGrant)}: for a caller that has
	 * already checked the user may read it.
	 */
	@Transactional(readOnly = true)
	public List<RedLine> redLines(long caseId) {
		Map<String, String> labels = this.references.labels(ReferenceList.RED_LINE);
		List<RedLine> held = this.sheets.findById(caseId).map((o) -> List.copyOf(o.redLines())).orElse(List.of());
		List<RedLine> lines = new ArrayList<>(ObjectivesSheet.merged(held, organisational()));
		held.stream().filter((l) -> !l.organisational()).forEach(lines::add);
		return lines.stream()
			.map((l) -> l.organisational() ? new RedLine(labels.getOrDefault(l.code(), l.text()), l.code()) : l)
			.toList();
	}

	/**
	 * Saves the objectives, the case's own red lines and the alternative.
	 * @param version the version the user saw (null: they saw none saved)
	 */
	@Transactional
	public void save(long caseId, Long version, ObjectivesForm form, CurrentUser user) {
		CaseGrant grant = this.access.toWorkAt(caseId, MethodStep.OBJECTIVES, user);
		ObjectivesSheet sheet = this.sheets.findById(caseId).orElse(null);
		Sheet.requireVersion("ObjectivesSheet", caseId, version, sheet);
		if (sheet == null) {
			sheet = new ObjectivesSheet(caseId, grant.teamId());
		}
		if (form.objectives().stream().anyMatch((o) -> !o.blank() && Text.blankToNull(o.text()) == null)) {
			throw new RuleViolation("objectives", "negotiation.objectives.text-required");
		}
		sheet.update(form, organisational(), user.username(), this.calendar.now());
		this.sheets.saveAndFlush(sheet);
	}

	private List<RedLine> organisational() {
		return this.references.options(ReferenceList.RED_LINE, Set.of())
			.stream()
			.map((o) -> new RedLine(o.label(), o.code()))
			.toList();
	}

}
