package org.parley.negotiation.step;

import org.parley.negotiation.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The guiding questions of a step page as posted: the text typed for each question
 * ({@code answer[<id>]}) and the questions ticked "not applicable" ({@code na}).
 *
 * @param version the case's version the page was drawn from
 * @param action {@code complete} to complete the step after saving
 * @param step the step the page shows (its URL name)
 */
public record AnswersForm(Long version, String action, String step, Map<Long, String> answer, Set<Long> na) {

	public AnswersForm {
		answer = (answer == null) ? Map.of() : answer;
		na = (na == null) ? Set.of() : na;
	}

	public boolean completing() {
		return "complete".equals(this.action);
	}

	/** One answer per question posted (a question only ticked counts too). */
	public List<Answer> answers() {
		List<Answer> answers = new ArrayList<>();
		this.answer.forEach((id, text) -> answers.add(new Answer(id, text, this.na.contains(id))));
		this.na.stream()
			.filter((id) -> !this.answer.containsKey(id))
			.forEach((id) -> answers.add(new Answer(id, null, true)));
		return answers;
	}

}
