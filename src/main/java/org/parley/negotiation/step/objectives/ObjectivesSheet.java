package org.parley.negotiation.step.objectives;

import org.parley.negotiation.Priority;
import org.parley.negotiation.step.StepSheet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.parley.shared.Text;

/**
 * The objectives of a case (step 3) with its red lines. The organisation's red lines are
 * copied in when the sheet is first saved and can never be taken out.
 */
@Entity
@Table(name = "case_objectives")
public class ObjectivesSheet extends StepSheet {

	private String alternative;

	@ElementCollection
	@CollectionTable(name = "case_objective", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<Objective> objectives = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_red_line", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<RedLine> redLines = new ArrayList<>();

	protected ObjectivesSheet() {
	}

	public ObjectivesSheet(long caseId, long teamId) {
		super(caseId, teamId);
	}

	/**
	 * @param organisational the organisation's red lines in force, which the case keeps
	 * in any case
	 */
	public void update(ObjectivesForm form, List<RedLine> organisational, String user, Instant now) {
		this.alternative = Text.blankToNull(form.alternative());
		List<Objective> rows = form.objectives()
			.stream()
			.filter((o) -> !o.blank())
			.map((o) -> new Objective(Text.blankToNull(o.text()),
					(o.priority() != null) ? o.priority() : Priority.MEDIUM, Text.blankToNull(o.bottomLine())))
			.toList();
		if (!rows.equals(this.objectives)) {
			this.objectives.clear();
			this.objectives.addAll(rows);
		}
		List<RedLine> lines = new ArrayList<>(merged(this.redLines, organisational));
		form.redLines()
			.stream()
			.map(Text::blankToNull)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.forEach((text) -> lines.add(new RedLine(text, null)));
		if (!lines.equals(this.redLines)) {
			this.redLines.clear();
			this.redLines.addAll(lines);
		}
		saved(user, now);
	}

	/**
	 * The organisation's red lines a case holds: those it already has (even if retired
	 * since) and those in force now that it does not have yet.
	 */
	public static List<RedLine> merged(List<RedLine> held, List<RedLine> organisational) {
		List<RedLine> lines = new ArrayList<>(held.stream().filter(RedLine::organisational).toList());
		organisational.stream()
			.filter((o) -> lines.stream().noneMatch((l) -> o.code().equals(l.code())))
			.forEach(lines::add);
		return lines;
	}

	public ObjectivesForm form() {
		return new ObjectivesForm(List.copyOf(this.objectives),
				this.redLines.stream().filter((l) -> !l.organisational()).map(RedLine::text).toList(),
				this.alternative);
	}

	public List<RedLine> redLines() {
		return this.redLines;
	}

	public List<Objective> objectives() {
		return this.objectives;
	}

}
