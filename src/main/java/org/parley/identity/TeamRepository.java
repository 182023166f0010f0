package org.parley.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<Team, Long> {

	@Query("select t from Team t order by lower(t.name)")
	List<Team> findAllByName();

	@Query("select t from Team t where lower(t.name) = lower(?1)")
	Optional<Team> findByNameIgnoringCase(String name);

}
