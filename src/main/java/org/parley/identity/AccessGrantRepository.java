package org.parley.identity;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface AccessGrantRepository extends ListCrudRepository<AccessGrant, Long> {

	@Query("select g from AccessGrant g where g.status = org.parley.identity.AccessGrant.Status.PENDING order by g.requestedAt, g.id")
	List<AccessGrant> pending(Limit limit);

	@Query("select g from AccessGrant g where g.userId = :userId and g.status = org.parley.identity.AccessGrant.Status.PENDING order by g.requestedAt, g.id")
	List<AccessGrant> pendingFor(long userId);

}
