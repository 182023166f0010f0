package org.parley.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsername(String username);

	boolean existsByUsername(String username);

	@Query("select u.displayName from UserAccount u where u.username = :username")
	Optional<String> findDisplayNameByUsername(String username);

	/**
	 * One keyset page of users in username order, optionally narrowed by a search term
	 * that matches the username or the display name.
	 */
	@Query("""
			select u from UserAccount u
			where u.username > :after
			  and (:term = '' or lower(u.username) like concat('%', :term, '%')
			                  or lower(u.displayName) like concat('%', :term, '%'))
			order by u.username""")
	List<UserAccount> page(String after, String term, Limit limit);

	@Query("select count(u) from UserAccount u join u.roles r where r = org.parley.identity.Role.ADMIN and u.enabled = true")
	long countEnabledAdministrators();

	@Query("select u from UserAccount u join u.teams t where t.id = :teamId order by u.username")
	List<UserAccount> findByTeam(Long teamId);

	@Query("select u from UserAccount u join u.teams t join u.roles r where t.id = :teamId and r = :role and u.enabled = true order by u.username")
	List<UserAccount> findEnabledByTeamAndRole(Long teamId, Role role);

	@Query("select u from UserAccount u join u.roles r where r = :role and u.enabled = true order by u.username")
	List<UserAccount> findEnabledByRole(Role role);

	@Query("select u.version from UserAccount u where u.id = :id and u.enabled = true")
	Optional<Long> findVersionIfEnabled(Long id);

}
