package org.parley.armedgroup;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DesignationRepository extends JpaRepository<Designation, Long> {

	List<Designation> findByGroupIdOrderByListedOnDescIdAsc(long groupId);

	List<Designation> findByGroupIdInOrderByListedOnDescIdAsc(Collection<Long> groupIds);

}
