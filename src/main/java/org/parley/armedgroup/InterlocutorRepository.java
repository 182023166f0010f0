package org.parley.armedgroup;

import org.springframework.data.jpa.repository.JpaRepository;

interface InterlocutorRepository extends JpaRepository<Interlocutor, Long> {

}
