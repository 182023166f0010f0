package org.parley.agreement.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.agreement.AgreementStatus;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.Limit;
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

	/**
	 * The ids of agreements in some states after an id, in order: the scheduled run walks
	 * them a batch at a time.
	 */
	@Query("SELECT a.id FROM Agreement a WHERE a.status IN :statuses AND a.id > :after ORDER BY a.id")
	List<Long> idsByStatus(Collection<AgreementStatus> statuses, long after, Limit limit);

	/** Some agreements with their versions, in one query. */
	@Query("SELECT DISTINCT a FROM Agreement a LEFT JOIN FETCH a.versions WHERE a.id IN :ids ORDER BY a.id")
	List<Agreement> findWithVersions(Collection<Long> ids);

	/** Agreements of some teams with a version waiting for HQ's review. */
	@Query("SELECT DISTINCT a FROM Agreement a LEFT JOIN FETCH a.versions WHERE a.teamId IN :teamIds AND EXISTS "
			+ "(SELECT v FROM AgreementVersion v WHERE v.agreementId = a.id "
			+ "AND v.status = org.parley.agreement.VersionStatus.SUBMITTED)")
	List<Agreement> findWaitingForReview(List<Long> teamIds);

	/**
	 * The versions of some teams waiting for review by someone who neither drafted nor
	 * submitted them, longest waiting first, a page of them after a cursor (when the
	 * version was submitted, and its id): a team at scale has hundreds waiting, and
	 * loading them all took seconds.
	 */
	@Query("SELECT v.agreementId AS agreementId, v.submittedAt AS submittedAt, v.id AS versionId "
			+ "FROM AgreementVersion v WHERE v.teamId IN :teamIds "
			+ "AND v.status = org.parley.agreement.VersionStatus.SUBMITTED "
			+ "AND v.draftedBy <> :reviewer AND (v.submittedBy IS NULL OR v.submittedBy <> :reviewer) "
			+ "AND (v.submittedAt > :at OR (v.submittedAt = :at AND v.id > :after)) ORDER BY v.submittedAt, v.id")
	List<WaitingRow> pageWaitingFor(List<Long> teamIds, String reviewer, java.time.Instant at, long after,
			org.springframework.data.domain.Limit limit);

	/** A version waiting for review, where HQ's list of them continues. */
	interface WaitingRow {

		long getAgreementId();

		java.time.Instant getSubmittedAt();

		long getVersionId();

	}

	/** How many versions of those teams wait for review by that reviewer. */
	@Query("SELECT count(v) FROM AgreementVersion v WHERE v.teamId IN :teamIds "
			+ "AND v.status = org.parley.agreement.VersionStatus.SUBMITTED "
			+ "AND v.draftedBy <> :reviewer AND (v.submittedBy IS NULL OR v.submittedBy <> :reviewer)")
	long countWaitingFor(List<Long> teamIds, String reviewer);

	@Query("SELECT DISTINCT a FROM Agreement a LEFT JOIN FETCH a.versions WHERE a.id IN :ids")
	List<Agreement> findWithVersionsByIdIn(Collection<Long> ids);

	boolean existsByCaseIdAndStatus(long caseId, AgreementStatus status);

}
