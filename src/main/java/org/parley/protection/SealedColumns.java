package org.parley.protection;

import java.util.List;

/**
 * A module's sealed columns, declared by a Spring bean of the module that owns the
 * tables. The rotation of a team's key and the sealing of values written before sealing
 * existed walk every column declared here, and nothing else.
 */
public interface SealedColumns {

	List<SealedColumn> sealedColumns();

}
