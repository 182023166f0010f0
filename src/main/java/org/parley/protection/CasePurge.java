package org.parley.protection;

import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destroys the identifying values of a case (decision 0023): every value of every
 * {@link PurgeableColumn} in the case's rows is replaced by the purged marker and the day
 * ({@link Sealed#purgedOn}), so that pages read "destroyed on" the day, as for a
 * destroyed key. Not-null columns and the checks that need a value stay satisfied;
 * nothing of the value remains, not even its ciphertext. The caller audits; this writes
 * the rows directly, like the key rotation, through the names the owning modules publish.
 */
@Service
public class CasePurge {

	private final NamedParameterJdbcTemplate jdbc;

	private final List<PurgeableColumns> declarations;

	CasePurge(DataSource dataSource, List<PurgeableColumns> declarations) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.declarations = declarations;
	}

	/**
	 * Purges the case's identifying values, in the caller's transaction.
	 * @return how many values were destroyed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int purge(long caseId, LocalDate day) {
		int destroyed = 0;
		for (PurgeableColumns declaration : this.declarations) {
			for (PurgeableColumn purgeable : declaration.purgeableColumns()) {
				SealedColumn column = purgeable.column();
				destroyed += this.jdbc.update(
						"UPDATE " + column.table() + " SET " + column.column() + " = :marker WHERE " + column.column()
								+ " IS NOT NULL AND " + column.column() + " NOT LIKE 'pk1:purged:%' AND ("
								+ purgeable.rowsOfCase() + ")",
						new MapSqlParameterSource("marker", Sealed.purgedOn(day)).addValue("caseId", caseId));
			}
		}
		return destroyed;
	}

}
