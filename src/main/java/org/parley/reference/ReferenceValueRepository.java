package org.parley.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferenceValueRepository extends JpaRepository<ReferenceValue, Long> {

	List<ReferenceValue> findByListOrderBySortOrderAscCodeAsc(ReferenceList list);

	Optional<ReferenceValue> findByListAndCode(ReferenceList list, String code);

}
