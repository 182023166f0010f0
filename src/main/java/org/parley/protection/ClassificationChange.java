package org.parley.protection;

import jakarta.validation.constraints.NotNull;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;
import jakarta.validation.constraints.Size;

/**
 * A change of a record's level through the API (decision 0022): the new level and why,
 * which the audit entry keeps. The record's version comes in {@code If-Match}.
 *
 * @param classification the new level
 * @param reason why it changes (required)
 */
public record ClassificationChange(@NotNull Classification classification, @Size(max = 500) String reason) {

	/** The longest reason kept, as on the pages' forms. */
	public static final int MAX_REASON = 500;

	/**
	 * Checks a change of level asked for, as every classified record does: a level, a
	 * reason of at most {@value #MAX_REASON} characters, the record's current version and
	 * another level than the current one.
	 * @return the reason, trimmed
	 * @throws RuleViolation naming the field at fault
	 * @throws ConcurrentEditException when the version is not the current one
	 */
	public static String check(Classification level, String reason, String entity, long id, long version,
			Versioned current) {
		if (level == null) {
			throw new RuleViolation("classification", "validation.required");
		}
		String why = Text.blankToNull(reason);
		if (why == null) {
			throw new RuleViolation("reason", "classification.reason.required");
		}
		if (why.length() > MAX_REASON) {
			throw new RuleViolation("reason", "validation.too-long");
		}
		ConcurrentEditException.check(entity, id, version, current.version());
		if (level == current.level()) {
			throw new RuleViolation("classification", "classification.unchanged");
		}
		return why;
	}

	/**
	 * The record's level and version now.
	 *
	 * @param level its level
	 * @param version its version
	 */
	public record Versioned(Classification level, long version) {
	}

}
