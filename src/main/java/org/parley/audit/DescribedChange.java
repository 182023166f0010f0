package org.parley.audit;

import java.util.List;

/**
 * One changed field of an entry, in the reader's words. A single value shows before and
 * after (either may be null: set, cleared); a list shows the items added and removed.
 *
 * @param field the field as recorded (for tests and machines, not for readers)
 * @param label the field's label as the forms show it
 * @param before the value before, or null
 * @param after the value after, or null
 * @param added for a list, the items added
 * @param removed for a list, the items removed
 */
public record DescribedChange(String field, String label, String before, String after, List<String> added,
		List<String> removed) {

	public boolean isList() {
		return !this.added.isEmpty() || !this.removed.isEmpty();
	}

}
