package org.parley.negotiation.questions;

import org.parley.negotiation.MethodStep;
import java.util.ArrayList;
import java.util.List;

import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes versions of the guiding questions. Published sets are never changed: editing
 * a step publishes a new version that copies the other steps, so a case answered against
 * version 1 keeps version 1's questions.
 */
@Service
public class QuestionSets {

	static final int MAX_LENGTH = 1000;

	private final GuidingQuestionSetRepository sets;

	private final GuidingQuestionRepository questions;

	private final TeamCalendar calendar;

	QuestionSets(GuidingQuestionSetRepository sets, GuidingQuestionRepository questions, TeamCalendar calendar) {
		this.sets = sets;
		this.questions = questions;
		this.calendar = calendar;
	}

	/**
	 * Publishes a new version in which one step has the given questions, line by line in
	 * each language.
	 * @param baseVersion the version the editor started from: if another was published
	 * since, nothing is published and the editor is told
	 * @return the new version number
	 */
	@Transactional
	public int publish(int baseVersion, MethodStep step, List<String> english, List<String> spanish,
			List<String> french, String note, String publisher) {
		List<String> en = lines(english);
		List<String> es = lines(spanish);
		List<String> fr = lines(french);
		if (en.isEmpty()) {
			throw new RuleViolation("english", "negotiation.questions.none");
		}
		if (en.size() != es.size()) {
			throw new RuleViolation("spanish", "negotiation.questions.count-differs");
		}
		if (en.size() != fr.size()) {
			throw new RuleViolation("french", "negotiation.questions.count-differs.french");
		}
		if (en.stream().anyMatch((q) -> q.length() > MAX_LENGTH)) {
			throw new RuleViolation("english", "negotiation.questions.too-long");
		}
		if (es.stream().anyMatch((q) -> q.length() > MAX_LENGTH)) {
			throw new RuleViolation("spanish", "negotiation.questions.too-long");
		}
		if (fr.stream().anyMatch((q) -> q.length() > MAX_LENGTH)) {
			throw new RuleViolation("french", "negotiation.questions.too-long");
		}
		GuidingQuestionSet current = this.sets.findFirstByOrderByVersionNoDesc().orElseThrow();
		ConcurrentEditException.check("GuidingQuestionSet", current.getVersionNo(), baseVersion,
				current.getVersionNo());
		GuidingQuestionSet next = this.sets.save(new GuidingQuestionSet(current.getVersionNo() + 1, this.calendar.now(),
				publisher, Text.blankToNull(note)));
		for (GuidingQuestion question : this.questions.findBySetIdOrderByStepAscPositionAsc(current.getId())) {
			if (question.getStep() != step) {
				this.questions.save(new GuidingQuestion(next.getId(), question.getStep(), question.getPosition(),
						question.getTextEn(), question.getTextEs(), question.getTextFr()));
			}
		}
		for (int i = 0; i < en.size(); i++) {
			this.questions.save(new GuidingQuestion(next.getId(), step, i + 1, en.get(i), es.get(i), fr.get(i)));
		}
		// The unique version number settles a race between two administrators at commit.
		this.sets.flush();
		return next.getVersionNo();
	}

	private static List<String> lines(List<String> texts) {
		List<String> lines = new ArrayList<>();
		if (texts != null) {
			for (String text : texts) {
				for (String line : text.split("\\R")) {
					if (!line.isBlank()) {
						lines.add(line.strip());
					}
				}
			}
		}
		return lines;
	}

}
