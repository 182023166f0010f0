package org.parley.negotiation.step.analysis;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Step 1, conflict analysis: the narrative sections, the actors and their relations, the
 * legal regime, and the island of agreement (one item per line in each corner).
 */
public record ConflictAnalysisForm(@Size(max = 20000, message = "{validation.too-long}") String context,
		@Size(max = 20000, message = "{validation.too-long}") String territorialControl,
		@Size(max = 20000, message = "{validation.too-long}") String statePresence,
		@Size(max = 20000, message = "{validation.too-long}") String humanitarianNeeds,
		@Size(max = 20000, message = "{validation.too-long}") String risks, LegalRegime legalRegime,
		@Size(max = 20000, message = "{validation.too-long}") String legalReasoning,
		@Valid @Size(max = 100, message = "{validation.too-many}") List<CaseActor> actors,
		@Size(max = 20000, message = "{validation.too-long}") String factsAgreed,
		@Size(max = 20000, message = "{validation.too-long}") String factsDisputed,
		@Size(max = 20000, message = "{validation.too-long}") String normsShared,
		@Size(max = 20000, message = "{validation.too-long}") String normsDivergent) {

	public ConflictAnalysisForm {
		actors = (actors == null) ? new ArrayList<>() : new ArrayList<>(actors);
	}

	public static ConflictAnalysisForm empty() {
		return new ConflictAnalysisForm(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The same content with a few empty actor rows to type into. */
	public ConflictAnalysisForm withBlankRows() {
		List<CaseActor> rows = new ArrayList<>(this.actors);
		while (rows.size() < this.actors.size() + 2) {
			rows.add(new CaseActor(null, null, null));
		}
		return new ConflictAnalysisForm(this.context, this.territorialControl, this.statePresence,
				this.humanitarianNeeds, this.risks, this.legalRegime, this.legalReasoning, rows, this.factsAgreed,
				this.factsDisputed, this.normsShared, this.normsDivergent);
	}

	/** The island of agreement as rows, one per non-blank line. */
	public List<IslandItem> island() {
		List<IslandItem> items = new ArrayList<>();
		lines(IslandQuadrant.FACT_AGREED, this.factsAgreed, items);
		lines(IslandQuadrant.FACT_DISPUTED, this.factsDisputed, items);
		lines(IslandQuadrant.NORM_SHARED, this.normsShared, items);
		lines(IslandQuadrant.NORM_DIVERGENT, this.normsDivergent, items);
		return items;
	}

	private static void lines(IslandQuadrant quadrant, String text, List<IslandItem> into) {
		if (text == null) {
			return;
		}
		text.lines()
			.map(String::strip)
			.map((line) -> line.replaceFirst("^[-*•]\\s*", ""))
			.filter((line) -> !line.isEmpty())
			.map((line) -> (line.length() > 2000) ? line.substring(0, 2000) : line)
			.forEach((line) -> into.add(new IslandItem(quadrant, line)));
	}

	/** The corner's items, one per line, for the form. */
	public static String corner(List<IslandItem> items, IslandQuadrant quadrant) {
		List<String> lines = items.stream().filter((i) -> i.quadrant() == quadrant).map(IslandItem::text).toList();
		return lines.isEmpty() ? null : String.join("\n", lines);
	}

}
