package org.parley.negotiation;

import java.util.List;

import org.parley.shared.RuleViolation;

/** A step cannot be completed: what it still lacks, each item translatable. */
public class StepIncompleteException extends RuleViolation {

	private final List<Missing> missing;

	public StepIncompleteException(List<Missing> missing) {
		super(null, "negotiation.step.incomplete", List.copyOf(missing));
		this.missing = List.copyOf(missing);
	}

	@Override
	public String getMessage() {
		return super.getMessage() + " " + this.missing.stream().map((m) -> m.key() + m.args()).toList();
	}

	public List<Missing> missing() {
		return this.missing;
	}

}
