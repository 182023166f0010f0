package org.parley.armedgroup;

import java.util.List;

import org.parley.protection.PurgeableColumn;
import org.parley.protection.PurgeableColumns;
import org.parley.protection.SealedColumn;
import org.parley.protection.SealedColumns;

import org.springframework.stereotype.Component;

/** The registry's sealed columns: what identifies and reaches an interlocutor. */
@Component
class RegistrySealedColumns implements SealedColumns, PurgeableColumns {

	@Override
	public List<SealedColumn> sealedColumns() {
		return Interlocutor.SEALED;
	}

	/**
	 * The interlocutors the case's team engaged through (its intermediaries), once no
	 * other case that is not purged yet still names them: a person is purged with the
	 * last case that needed them (decision 0023). The link table is the negotiation
	 * module's, the purges the retention module's; read here by the names they publish.
	 */
	static final String ONLY_IN_CASE = """
			id IN (SELECT l.interlocutor_id FROM case_engagement_intermediary l WHERE l.case_id = :caseId)
			AND NOT EXISTS (SELECT 1 FROM case_engagement_intermediary o
			    LEFT JOIN case_retention r ON r.case_id = o.case_id
			    WHERE o.interlocutor_id = interlocutor.id AND o.case_id <> :caseId AND r.purged_at IS NULL)""";

	@Override
	public List<PurgeableColumn> purgeableColumns() {
		return Interlocutor.SEALED.stream().map((column) -> new PurgeableColumn(column, ONLY_IN_CASE)).toList();
	}

}
