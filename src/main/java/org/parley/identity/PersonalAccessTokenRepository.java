package org.parley.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonalAccessTokenRepository extends ListCrudRepository<PersonalAccessToken, Long> {

	Optional<PersonalAccessToken> findByTokenHash(String tokenHash);

	Optional<PersonalAccessToken> findByIdAndOwnerId(long id, long ownerId);

	List<PersonalAccessToken> findByOwnerIdOrderByCreatedAtDescIdDesc(long ownerId);

	@Query("""
			select count(t) from PersonalAccessToken t
			where t.ownerId = :ownerId and t.revokedAt is null and t.expiresAt > :now""")
	long countActive(long ownerId, Instant now);

	/**
	 * The owner's account, locked until the transaction ends, so that two tokens created
	 * at the same moment cannot both slip under the limit.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from UserAccount u where u.id = :ownerId")
	Optional<UserAccount> lockOwner(long ownerId);

}
