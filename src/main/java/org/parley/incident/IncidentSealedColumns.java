package org.parley.incident;

import java.util.List;

import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/** The incidents' sealed columns: where it happened, what and who told. */
@Component
class IncidentSealedColumns implements SealedColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		return Incident.SEALED;
	}

}
