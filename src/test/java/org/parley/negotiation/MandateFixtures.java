package org.parley.negotiation;

import org.parley.negotiation.casefile.LegalAssessmentInput;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Complete legal and sanctions assessments of the designations in force against a case's
 * groups, in the order the request form lists them: what a test's request to engage needs
 * when its case engages a designated group (the demo cartel is).
 */
public final class MandateFixtures {

	private MandateFixtures() {
	}

	/** The designations in force against the case's groups, in the form's order. */
	public static List<Long> designations(JdbcTemplate jdbc, long caseId) {
		return jdbc.queryForList("""
				SELECT d.id FROM armed_group_designation d
				JOIN armed_group g ON g.id = d.group_id
				JOIN negotiation_case_group cg ON cg.group_id = g.id
				WHERE cg.case_id = ? AND (d.lifted_on IS NULL OR d.lifted_on > current_date)
				ORDER BY g.sort_name, g.id, d.listed_on DESC, d.id""", Long.class, caseId);
	}

	/** A complete assessment of each designation in force. */
	public static List<LegalAssessmentInput> assessments(JdbcTemplate jdbc, long caseId) {
		return designations(jdbc, caseId).stream()
			.map((id) -> new LegalAssessmentInput(id, "Nothing of value reaches the group.",
					"Supplies stay under our control.", true, "Counsel at HQ", LocalDate.of(2026, 1, 5),
					ResidualRisk.LOW, AssessmentConclusion.PROCEED))
			.toList();
	}

	/** The form's request with a complete assessment of each designation in force. */
	public static MockHttpServletRequestBuilder assessed(MockHttpServletRequestBuilder request, JdbcTemplate jdbc,
			long caseId) {
		return assessed(request, jdbc, caseId, null);
	}

	/** The same, the first assessment without the given field. */
	public static MockHttpServletRequestBuilder assessed(MockHttpServletRequestBuilder request, JdbcTemplate jdbc,
			long caseId, String omitted) {
		List<Long> ids = designations(jdbc, caseId);
		for (int i = 0; i < ids.size(); i++) {
			String at = "assessments[" + i + "].";
			java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
			fields.put("designationId", Long.toString(ids.get(i)));
			fields.put("exposure", "Nothing of value reaches the group.");
			fields.put("mitigation", "Supplies stay under our control.");
			fields.put("adviceObtained", "true");
			fields.put("adviceFrom", "Counsel at HQ");
			fields.put("adviceOn", "2026-01-05");
			fields.put("residualRisk", "LOW");
			fields.put("conclusion", "PROCEED");
			if (i == 0 && omitted != null) {
				fields.remove(omitted);
			}
			fields.forEach((field, value) -> request.param(at + field, value));
		}
		return request;
	}

}
