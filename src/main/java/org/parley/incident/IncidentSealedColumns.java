package org.parley.incident;

import java.util.List;

import org.parley.protection.PurgeableColumn;
import org.parley.protection.PurgeableColumns;
import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/** The incidents' sealed columns: where it happened, what and who told. */
@Component
class IncidentSealedColumns implements SealedColumns, PurgeableColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		return Incident.SEALED;
	}

	/** An incident filed under a case goes with the case (decision 0023). */
	@Override
	public List<PurgeableColumn> purgeableColumns() {
		return Incident.SEALED.stream().map(PurgeableColumn::byCase).toList();
	}

}
