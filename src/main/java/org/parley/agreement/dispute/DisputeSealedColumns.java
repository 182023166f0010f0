package org.parley.agreement.dispute;

import java.util.List;
import java.util.stream.Stream;

import org.parley.protection.PurgeableColumn;
import org.parley.protection.PurgeableColumns;
import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/**
 * The disputes' sealed columns: what a dispute is about and how it ended, who took part
 * in its hearings and what was said. They go with the case when it is purged (decision
 * 0023).
 */
@Component
class DisputeSealedColumns implements SealedColumns, PurgeableColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		return Stream.concat(AgreementDispute.SEALED.stream(), DisputeContact.SEALED.stream()).toList();
	}

	@Override
	public List<PurgeableColumn> purgeableColumns() {
		return sealedColumns().stream().map(PurgeableColumn::byCase).toList();
	}

}
