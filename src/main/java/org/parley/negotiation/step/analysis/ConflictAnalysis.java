package org.parley.negotiation.step.analysis;

import org.parley.negotiation.step.StepSheet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.shared.Text;

/**
 * The conflict analysis of a case (step 1): one sheet per case. The risks staff and the
 * population face are sealed at rest; updates write only the columns that changed.
 */
@Entity
@Table(name = "case_conflict_analysis")
@DynamicUpdate
public class ConflictAnalysis extends StepSheet {

	/** The risks' column; the sheet is keyed by its case. */
	public static final SealedColumn RISKS = new SealedColumn("case_conflict_analysis", "risks", "team_id",
			List.of("case_id"));

	private String context;

	@Column(name = "territorial_control")
	private String territorialControl;

	@Column(name = "state_presence")
	private String statePresence;

	@Column(name = "humanitarian_needs")
	private String humanitarianNeeds;

	private Sealed risks;

	@Enumerated(EnumType.STRING)
	@Column(name = "legal_regime")
	private LegalRegime legalRegime;

	@Column(name = "legal_reasoning")
	private String legalReasoning;

	@ElementCollection
	@CollectionTable(name = "case_actor", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<CaseActor> actors = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "case_island_item", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<IslandItem> island = new ArrayList<>();

	protected ConflictAnalysis() {
	}

	public ConflictAnalysis(long caseId, long teamId) {
		super(caseId, teamId);
	}

	/** Takes the form's values, the risks sealed under the key of the case's level. */
	public void update(ConflictAnalysisForm form, FieldSealer sealer, KeyPurpose purpose, String user, Instant now) {
		this.context = Text.blankToNull(form.context());
		this.territorialControl = Text.blankToNull(form.territorialControl());
		this.statePresence = Text.blankToNull(form.statePresence());
		this.humanitarianNeeds = Text.blankToNull(form.humanitarianNeeds());
		this.risks = sealer.update(this.risks, teamId(), purpose, RISKS, Text.blankToNull(form.risks()));
		this.legalRegime = form.legalRegime();
		this.legalReasoning = Text.blankToNull(form.legalReasoning());
		List<CaseActor> rows = form.actors()
			.stream()
			.filter((a) -> !a.blank())
			.map((a) -> new CaseActor((a.kind() != null) ? a.kind() : ActorKind.OTHER, a.name().strip(),
					Text.blankToNull(a.relations())))
			.toList();
		if (!rows.equals(this.actors)) {
			this.actors.clear();
			this.actors.addAll(rows);
		}
		List<IslandItem> items = form.island();
		if (!items.equals(this.island)) {
			this.island.clear();
			this.island.addAll(items);
		}
		saved(user, now);
	}

	/** Seals the risks again under the key of the case's new level (decision 0022). */
	public void reseal(KeyPurpose purpose, FieldSealer sealer) {
		this.risks = sealer.reseal(this.risks, teamId(), purpose, RISKS);
	}

	/**
	 * The sheet as its form shows it, the risks opened; with no sealer, left out (a
	 * reader who may not read them).
	 */
	public ConflictAnalysisForm form(FieldSealer sealer) {
		return new ConflictAnalysisForm(this.context, this.territorialControl, this.statePresence,
				this.humanitarianNeeds, (sealer != null) ? sealer.text(teamId(), RISKS, this.risks) : null,
				this.legalRegime, this.legalReasoning, List.copyOf(this.actors),
				ConflictAnalysisForm.corner(this.island, IslandQuadrant.FACT_AGREED),
				ConflictAnalysisForm.corner(this.island, IslandQuadrant.FACT_DISPUTED),
				ConflictAnalysisForm.corner(this.island, IslandQuadrant.NORM_SHARED),
				ConflictAnalysisForm.corner(this.island, IslandQuadrant.NORM_DIVERGENT));
	}

	public List<IslandItem> island() {
		return this.island;
	}

}
