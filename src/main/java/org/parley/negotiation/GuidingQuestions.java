package org.parley.negotiation;

import org.parley.negotiation.questions.GuidingQuestion;
import org.parley.negotiation.questions.GuidingQuestionRepository;
import org.parley.negotiation.questions.GuidingQuestionSet;
import org.parley.negotiation.questions.GuidingQuestionSetRepository;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guiding questions of the method, by published version: a case is answered against
 * the version current when it was opened, and keeps it. Administrators publish new
 * versions ({@code questions.QuestionSets}).
 */
@Service
public class GuidingQuestions {

	private final GuidingQuestionSetRepository sets;

	private final GuidingQuestionRepository questions;

	GuidingQuestions(GuidingQuestionSetRepository sets, GuidingQuestionRepository questions) {
		this.sets = sets;
		this.questions = questions;
	}

	/** The latest published version. */
	@Transactional(readOnly = true)
	public QuestionSetView current() {
		return view(this.sets.findFirstByOrderByVersionNoDesc()
			.orElseThrow(() -> new IllegalStateException("Migration V6 seeds version 1")));
	}

	/** A given version, for a case answered against it. */
	@Transactional(readOnly = true)
	public QuestionSetView version(int versionNo) {
		return view(
				this.sets.findByVersionNo(versionNo).orElseThrow(() -> new QuestionSetNotFoundException(versionNo)));
	}

	@Transactional(readOnly = true)
	public List<Integer> versions() {
		return this.sets.findAllByOrderByVersionNoDesc().stream().map(GuidingQuestionSet::getVersionNo).toList();
	}

	private QuestionSetView view(GuidingQuestionSet set) {
		Map<MethodStep, List<QuestionView>> byStep = new EnumMap<>(MethodStep.class);
		for (GuidingQuestion question : this.questions.findBySetIdOrderByStepAscPositionAsc(set.getId())) {
			byStep.computeIfAbsent(question.getStep(), (s) -> new ArrayList<>()).add(question.view());
		}
		return new QuestionSetView(set.getVersionNo(), set.getPublishedAt(), set.getPublishedBy(), set.getNote(),
				byStep);
	}

}
