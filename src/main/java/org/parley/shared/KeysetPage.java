package org.parley.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read with keyset pagination: the rows, and the cursor that continues
 * after the last of them (null on the last page). Keyset pagination stays fast however
 * deep a user pages.
 *
 * @param <T> the row type
 * @param items the rows of this page
 * @param nextCursor the cursor of the next page, or null when there is none
 */
public record KeysetPage<T>(List<T> items, String nextCursor) {

	/**
	 * Builds a page from a query that fetched {@code size + 1} rows: the extra row only
	 * tells that another page exists.
	 */
	public static <T> KeysetPage<T> of(List<T> fetched, int size, Function<T, String> cursorOf) {
		if (fetched.size() <= size) {
			return new KeysetPage<>(List.copyOf(fetched), null);
		}
		List<T> page = List.copyOf(fetched.subList(0, size));
		return new KeysetPage<>(page, cursorOf.apply(page.get(size - 1)));
	}

	public boolean hasNext() {
		return this.nextCursor != null;
	}

}
