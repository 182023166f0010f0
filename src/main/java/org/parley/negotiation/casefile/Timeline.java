package org.parley.negotiation.casefile;

import org.parley.negotiation.TransitionView;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case's timeline: every move the case announces is written as a
 * {@link CaseTransition}, in the transaction of the move.
 */
@Component
public class Timeline {

	private final CaseTransitionRepository transitions;

	Timeline(CaseTransitionRepository transitions) {
		this.transitions = transitions;
	}

	@EventListener
	void on(CaseMoved moved) {
		this.transitions.save(new CaseTransition(moved.caseId(), moved.teamId(), moved.from(), moved.to(), moved.kind(),
				moved.reason(), moved.actor(), moved.occurredAt()));
	}

	/** The case's moves, newest first (the reader's access is checked by the caller). */
	@Transactional(readOnly = true)
	public List<TransitionView> of(long caseId) {
		return this.transitions.findByCaseIdOrderByOccurredAtDescIdDesc(caseId)
			.stream()
			.map(CaseTransition::view)
			.toList();
	}

}
