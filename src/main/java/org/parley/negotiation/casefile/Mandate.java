package org.parley.negotiation.casefile;

import org.parley.negotiation.MandateRedLine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.protection.FieldSealer;
import org.parley.protection.KeyPurpose;
import org.parley.shared.RuleViolation;

/**
 * What a request to engage asks for, with what the application adds whatever the form
 * says: the organisation's red lines and the case's own, and the designations in force
 * against the case's groups, each of which the request must assess.
 *
 * @param request what the team asked, as the form or the API gave it
 * @param redLines the organisation's red lines, then the case's own
 * @param designated the designations in force against the case's groups today
 */
public record Mandate(DecisionRequest request, List<MandateRedLine> redLines, List<DesignatedParty> designated) {

	/** The longest red line kept, as the objectives keep them. */
	static final int MAX_RED_LINE = 2000;

	public Mandate {
		redLines = List.copyOf(redLines);
		designated = List.copyOf(designated);
	}

	/**
	 * The red lines of the mandate: the organisation's and the case's, then the further
	 * lines the request adds (one a line) that are not already there.
	 */
	public List<MandateRedLine> items() {
		List<MandateRedLine> items = new ArrayList<>(this.redLines);
		Set<String> known = this.redLines.stream().map(Mandate::key).collect(Collectors.toSet());
		String further = this.request.mandateRedLines();
		if (further != null) {
			for (String line : further.split("\\R")) {
				String text = line.strip();
				if (!text.isEmpty() && known.add(key(text))) {
					if (text.length() > MAX_RED_LINE) {
						throw new RuleViolation("mandateRedLines", "validation.too-long");
					}
					items.add(MandateRedLine.ofCase(text));
				}
			}
		}
		return items;
	}

	/**
	 * What the legal assessments lack: message keys by field, the assessment of the
	 * {@code i}th designation under {@code assessments[i].}.
	 */
	public Map<String, String> problems(LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (int i = 0; i < this.designated.size(); i++) {
			String prefix = "assessments[" + i + "].";
			problems.putAll(this.request.assessmentOf(this.designated.get(i).designation().id())
				.map((a) -> a.problems(prefix, today))
				.orElse(Map.of(prefix + "exposure", "validation.required")));
		}
		return problems;
	}

	/**
	 * The assessment of each designation, sealed under the team's key.
	 * @throws AssessmentIncomplete when one is missing or incomplete
	 */
	List<LegalAssessment> assessments(long teamId, KeyPurpose purpose, FieldSealer sealer, LocalDate today) {
		Map<String, String> problems = problems(today);
		if (!problems.isEmpty()) {
			throw new AssessmentIncomplete(problems);
		}
		return this.designated.stream()
			.map((party) -> LegalAssessment.of(party, this.request.assessmentOf(party.designation().id()).orElseThrow(),
					teamId, purpose, sealer))
			.toList();
	}

	private static String key(MandateRedLine line) {
		return key(line.text());
	}

	private static String key(String text) {
		return text.strip().toLowerCase(Locale.ROOT);
	}

	/**
	 * A request to engage a designated group without a complete legal assessment of each
	 * designation: refused, with what each lacks.
	 */
	public static class AssessmentIncomplete extends RuleViolation {

		private final Map<String, String> problems;

		AssessmentIncomplete(Map<String, String> problems) {
			super(problems.keySet().iterator().next(), "negotiation.decision.assessment.incomplete");
			this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
		}

		/** Message keys by field. */
		public Map<String, String> problems() {
			return this.problems;
		}

	}

}
