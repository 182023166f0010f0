package org.parley.negotiation.casefile;

import org.parley.negotiation.AssessmentConclusion;
import org.parley.negotiation.ResidualRisk;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The legal and sanctions assessment of one designation, as the request form and the API
 * give it.
 *
 * @param designationId the designation it assesses
 * @param exposure what in the planned engagement could amount to material support or a
 * sanctions breach
 * @param mitigation how the engagement avoids or limits it
 * @param adviceObtained whether legal advice was obtained
 * @param adviceFrom from whom (when it was)
 * @param adviceOn on what day (when it was)
 */
public record LegalAssessmentInput(Long designationId, String exposure, String mitigation, Boolean adviceObtained,
		String adviceFrom,
		@org.parley.shared.PlausibleDate @org.springframework.format.annotation.DateTimeFormat(
				iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate adviceOn,
		ResidualRisk residualRisk, AssessmentConclusion conclusion) {

	static final int MAX_TEXT = 10000;

	/** An empty assessment of the designation, as the form starts it. */
	public static LegalAssessmentInput of(long designationId) {
		return new LegalAssessmentInput(designationId, null, null, null, null, null, null, null);
	}

	/**
	 * What the assessment lacks or gets wrong: message keys by field (under the
	 * {@code prefix}, e.g. {@code assessments[0].}), in the form's order.
	 */
	public Map<String, String> problems(String prefix, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		text(problems, prefix + "exposure", this.exposure);
		text(problems, prefix + "mitigation", this.mitigation);
		if (!org.parley.shared.PlausibleDate.Range.accepts(this.adviceOn)) {
			// A far year is refused whatever the rest says (never stored)
			problems.put(prefix + "adviceOn", org.parley.shared.PlausibleDate.MESSAGE_KEY);
		}
		if (this.adviceObtained == null) {
			problems.put(prefix + "adviceObtained", "validation.required");
		}
		else if (this.adviceObtained) {
			text(problems, prefix + "adviceFrom", this.adviceFrom);
			if (this.adviceOn == null) {
				problems.put(prefix + "adviceOn", "validation.required");
			}
			else if (problems.containsKey(prefix + "adviceOn")) {
				// already refused as a far year
			}
			else if (this.adviceOn.isAfter(today)) {
				problems.put(prefix + "adviceOn", "validation.date.future");
			}
		}
		if (this.residualRisk == null) {
			problems.put(prefix + "residualRisk", "validation.required");
		}
		if (this.conclusion == null) {
			problems.put(prefix + "conclusion", "validation.required");
		}
		return problems;
	}

	private static void text(Map<String, String> problems, String field, String value) {
		if (value == null || value.isBlank()) {
			problems.put(field, "validation.required");
		}
		else if (value.length() > MAX_TEXT) {
			problems.put(field, "validation.too-long");
		}
	}

}
