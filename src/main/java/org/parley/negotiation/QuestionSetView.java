package org.parley.negotiation;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One published version of the guiding questions, by step.
 */
public record QuestionSetView(int versionNo, Instant publishedAt, String publishedBy, String note,
		Map<MethodStep, List<QuestionView>> questions) {

	public List<QuestionView> of(MethodStep step) {
		return this.questions.getOrDefault(step, List.of());
	}

}
