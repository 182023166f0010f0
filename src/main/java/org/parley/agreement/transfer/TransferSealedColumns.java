package org.parley.agreement.transfer;

import java.util.List;

import org.parley.protection.PurgeableColumn;
import org.parley.protection.PurgeableColumns;
import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/**
 * The transfers' sealed columns: why something was given, on which legal basis, to whom
 * when named in words, and HQ's comment. They go with the case when it is purged
 * (decision 0023).
 */
@Component
class TransferSealedColumns implements SealedColumns, PurgeableColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		return CaseTransfer.SEALED;
	}

	@Override
	public List<PurgeableColumn> purgeableColumns() {
		return sealedColumns().stream().map(PurgeableColumn::byCase).toList();
	}

}
