package org.parley.protection;

/**
 * A sealed column a retention purge destroys, and which of its rows belong to a case.
 *
 * @param column the sealed column
 * @param rowsOfCase SQL over the table's own columns selecting the rows of the case named
 * by the parameter {@code :caseId} (a column, or a sub-query of the declaring module's
 * tables and the link tables it is given)
 */
public record PurgeableColumn(SealedColumn column, String rowsOfCase) {

	/** The column's rows whose {@code case_id} is the case. */
	public static PurgeableColumn byCase(SealedColumn column) {
		return new PurgeableColumn(column, "case_id = :caseId");
	}

}
