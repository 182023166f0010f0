package org.parley.protection.keys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every sealed column the modules declare, in one fixed order (by table, then column), so
 * that a rotation that stopped goes on from the column it stood at.
 */
@Component
public class SealedColumnRegistry {

	private final ObjectProvider<SealedColumns> declarations;

	public SealedColumnRegistry(ObjectProvider<SealedColumns> declarations) {
		this.declarations = declarations;
	}

	public List<SealedColumn> columns() {
		List<SealedColumn> columns = new ArrayList<>();
		Set<String> places = new HashSet<>();
		this.declarations.orderedStream().flatMap((d) -> d.sealedColumns().stream()).forEach((column) -> {
			if (!places.add(column.place())) {
				throw new IllegalStateException(column.place() + " is declared sealed twice");
			}
			columns.add(column);
		});
		columns.sort(Comparator.comparing(SealedColumn::table).thenComparing(SealedColumn::column));
		return columns;
	}

	/** The column at that place, or the first after it in the order (null: none). */
	public SealedColumn atOrAfter(String place) {
		for (SealedColumn column : columns()) {
			if (place == null || column.place().compareTo(place) >= 0) {
				return column;
			}
		}
		return null;
	}

	/** The column after this one in the order, or null after the last. */
	public SealedColumn after(SealedColumn current) {
		List<SealedColumn> columns = columns();
		int index = columns.indexOf(current);
		return (index >= 0 && index + 1 < columns.size()) ? columns.get(index + 1) : null;
	}

}
