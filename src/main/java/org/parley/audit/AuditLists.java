package org.parley.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists as the audit log stores them ({@code [a, b]}), read back item by item even when
 * an item holds a comma.
 */
final class AuditLists {

	private AuditLists() {
	}

	/**
	 * The items of a recorded list. Items are joined by {@code ", "}, which an item's own
	 * text may hold too: the list is cut only where each piece is a whole item (matches
	 * {@code item}), preferring more, shorter items.
	 */
	static List<String> split(String list, Pattern item) {
		if (list == null) {
			return List.of();
		}
		String inner = list.substring(1, list.length() - 1);
		if (inner.isEmpty()) {
			return List.of();
		}
		String[] pieces = inner.split(", ", -1);
		Boolean[] feasible = new Boolean[pieces.length + 1];
		List<String> items = new ArrayList<>();
		if (!cut(pieces, 0, item, feasible, items)) {
			return List.of(inner);
		}
		return items;
	}

	private static boolean cut(String[] pieces, int from, Pattern item, Boolean[] feasible, List<String> items) {
		if (from == pieces.length) {
			return true;
		}
		if (Boolean.FALSE.equals(feasible[from])) {
			return false;
		}
		StringBuilder candidate = new StringBuilder();
		for (int to = from; to < pieces.length; to++) {
			if (to > from) {
				candidate.append(", ");
			}
			candidate.append(pieces[to]);
			if (item.matcher(candidate).matches()) {
				items.add(candidate.toString());
				if (cut(pieces, to + 1, item, feasible, items)) {
					return true;
				}
				items.remove(items.size() - 1);
			}
		}
		feasible[from] = false;
		return false;
	}

	/** The items of {@code a} not in {@code b}, counting repeats. */
	static List<String> minus(List<String> a, List<String> b) {
		List<String> rest = new ArrayList<>(a);
		for (String item : b) {
			rest.remove(item);
		}
		return rest;
	}

}
