package org.parley.negotiation;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * One thing a step still lacks before it can be completed, as a message key with its
 * arguments (e.g. "3 guiding questions unanswered", "no assessment of Mara Norte").
 */
public record Missing(String key, List<Object> args) implements MessageSourceResolvable {

	public Missing {
		args = List.copyOf(args);
	}

	public static Missing of(String key, Object... args) {
		return new Missing("negotiation.missing." + key, List.of(args));
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.key };
	}

	@Override
	public Object[] getArguments() {
		return this.args.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return this.key;
	}

}
