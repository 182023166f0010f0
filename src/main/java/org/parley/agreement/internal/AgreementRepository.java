package org.parley.agreement.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.agreement.AgreementStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Agreements, each loaded with its versions: the versions change only through it. */
public interface AgreementRepository extends JpaRepository<Agreement, Long> {

	/** The agreement and its versions in one query. */
	@Query("SELECT a FROM Agreement a LEFT JOIN FETCH a.versions WHERE a.id = :id")
	Optional<Agreement> findWithVersions(long id);

	/**
	 * Saves an agreement and publishes the events it registered. Its new versions are
	 * persisted first, by the flush: Spring Data merges an agreement it did not create,
	 * and a merge would put an empty copy in place of a version it has not seen saved.
	 */
	default Agreement store(Agreement agreement) {
		flush();
		return saveAndFlush(agreement);
	}

	/** The agreement and its versions, or not found. */
	default Agreement get(long id) {
		return findWithVersions(id).orElseThrow(() -> new AgreementNotFoundException(id));
	}

	@Query("SELECT DISTINCT a FROM Agreement a LEFT JOIN FETCH a.versions WHERE a.caseId = :caseId ORDER BY a.id")
	List<Agreement> findByCaseId(long caseId);

	@Query("SELECT DISTINCT a FROM Agreement a LEFT JOIN FETCH a.versions WHERE a.status IN :statuses ORDER BY a.id")
	List<Agreement> findByStatusIn(Collection<AgreementStatus> statuses);

	/** Agreements of some teams with a version waiting for HQ's review. */
	@Query("SELECT DISTINCT a FROM Agreement a LEFT JOIN FETCH a.versions WHERE a.teamId IN :teamIds AND EXISTS "
			+ "(SELECT v FROM AgreementVersion v WHERE v.agreementId = a.id "
			+ "AND v.status = org.parley.agreement.VersionStatus.SUBMITTED)")
	List<Agreement> findWaitingForReview(List<Long> teamIds);

	boolean existsByCaseIdAndStatus(long caseId, AgreementStatus status);

}
