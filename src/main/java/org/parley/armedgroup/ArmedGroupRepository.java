package org.parley.armedgroup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArmedGroupRepository extends JpaRepository<ArmedGroup, Long> {

	/** Loads the group and locks its row until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select g from ArmedGroup g where g.id = :id")
	Optional<ArmedGroup> findForUpdate(@Param("id") long id);

	/** Other groups whose name folds to one of the given texts. */
	@Query("select new org.parley.armedgroup.GroupRef(g.id, g.name) from ArmedGroup g "
			+ "where g.sortName in :folded and (:self is null or g.id <> :self) order by g.sortName")
	List<GroupRef> findNamedLike(@Param("folded") Collection<String> folded, @Param("self") Long self);

	@Query(value = "SELECT g.id, g.name FROM armed_group g WHERE (CAST(:self AS bigint) IS NULL OR g.id <> :self) "
			+ "AND g.sort_name <> :folded AND :folded = ANY (string_to_array(g.search_text, E'\\n')) "
			+ "ORDER BY g.sort_name LIMIT 5", nativeQuery = true)
	List<Object[]> findByAlias(@Param("folded") String folded, @Param("self") Long self);

}
