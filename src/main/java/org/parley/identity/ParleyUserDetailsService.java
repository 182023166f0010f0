package org.parley.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account that signs in. Usernames are lower case; what the user types is
 * lower-cased.
 */
@Service
class ParleyUserDetailsService implements UserDetailsService {

	private final UserAccountRepository users;

	private final Clock clock;

	ParleyUserDetailsService(UserAccountRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public ParleyUser loadUserByUsername(String username) {
		return this.users.findByUsername(Usernames.normalise(username))
			.map((account) -> new ParleyUser(account, account.isLockedAt(this.clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

	@Transactional(readOnly = true)
	public java.util.Optional<ParleyUser> reload(long userId) {
		return this.users.findById(userId)
			.map((account) -> new ParleyUser(account, account.isLockedAt(this.clock.instant())));
	}

}
