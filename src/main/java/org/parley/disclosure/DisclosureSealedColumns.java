package org.parley.disclosure;

import java.util.List;

import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/**
 * The register's sealed columns: who asked, what for and on what basis, the team's
 * assessment, and what was disclosed.
 */
@Component
class DisclosureSealedColumns implements SealedColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		return DisclosureRequest.SEALED;
	}

}
