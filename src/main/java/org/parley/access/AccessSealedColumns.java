package org.parley.access;

import java.util.List;

import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/**
 * The access module's sealed columns: what a constraint says happened and why a month was
 * rated as it was. They belong to a team's area, not to a case, so a case's purge leaves
 * them (decision 0027).
 */
@Component
class AccessSealedColumns implements SealedColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		return List.of(AccessConstraint.DESCRIPTION, AccessSeverity.REASONS);
	}

}
