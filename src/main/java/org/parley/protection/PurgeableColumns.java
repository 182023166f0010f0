package org.parley.protection;

import java.util.List;

/**
 * A module's sealed columns that identify people in a case, with how to find the rows of
 * one case: what a retention purge destroys (decision 0023). Declared by a Spring bean of
 * the module that owns the tables, as {@link SealedColumns} are.
 */
public interface PurgeableColumns {

	List<PurgeableColumn> purgeableColumns();

}
