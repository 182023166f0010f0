package org.parley.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a team with which role, for modules that address people (notifications)
 * without reading accounts themselves. Disabled accounts are nobody's addressee.
 */
@Service
public class TeamMembers {

	private final UserAccountRepository users;

	TeamMembers(UserAccountRepository users) {
		this.users = users;
	}

	/** The enabled members of a team who hold a role, in username order. */
	@Transactional(readOnly = true)
	public List<Member> withRole(long teamId, Role role) {
		return this.users.findEnabledByTeamAndRole(teamId, role).stream().map(Member::of).toList();
	}

	/** The enabled administrators, in username order. */
	@Transactional(readOnly = true)
	public List<Member> administrators() {
		return this.users.findEnabledByRole(Role.ADMIN).stream().map(Member::of).toList();
	}

	/** An enabled account by its id. */
	@Transactional(readOnly = true)
	public Optional<Member> byId(long id) {
		return this.users.findById(id).filter(UserAccount::isEnabled).map(Member::of);
	}

	/** An enabled account by its username. */
	@Transactional(readOnly = true)
	public Optional<Member> byUsername(String username) {
		return this.users.findByUsername(username).filter(UserAccount::isEnabled).map(Member::of);
	}

	/**
	 * A person to address.
	 *
	 * @param id the account's id
	 * @param username the username
	 * @param email where e-mail goes, or null
	 * @param language the language they read ("en", "es", "fr"), or null when never
	 * chosen
	 */
	public record Member(long id, String username, String email, String language) {

		static Member of(UserAccount account) {
			return new Member(account.getId(), account.getUsername(), account.getEmail(),
					account.getPreferredLanguage());
		}

	}

}
