package org.parley.identity;

import java.util.List;

import org.parley.shared.RuleViolation;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with their own account: change their password, choose their language.
 */
@Service
public class Accounts {

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final Sessions sessions;

	Accounts(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy, Sessions sessions) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.sessions = sessions;
	}

	/**
	 * Changes the user's password, ends all their sessions and revokes their personal
	 * access tokens.
	 */
	@Transactional
	public void changePassword(long userId, String currentPassword, String newPassword) {
		changePassword(userId, currentPassword, newPassword, null);
	}

	/**
	 * Changes the user's password, ends every other session of theirs and revokes their
	 * personal access tokens: whoever knew the old password keeps nothing it opened.
	 * @param keepSessionId the session the user changed it in, which goes on
	 */
	@Transactional
	public void changePassword(long userId, String currentPassword, String newPassword, String keepSessionId) {
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new RuleViolation("currentPassword", "identity.password.current-wrong");
		}
		List<String> violations = this.policy.violations(account.getUsername(), account.getDisplayName(), newPassword);
		if (!violations.isEmpty()) {
			throw new RuleViolation("newPassword", violations.get(0));
		}
		if (this.passwordEncoder.matches(newPassword, account.getPasswordHash())) {
			throw new RuleViolation("newPassword", "identity.password.same-as-current");
		}
		account.changePassword(this.passwordEncoder.encode(newPassword), false);
		this.sessions.endAllOf(userId, keepSessionId);
	}

	@Transactional
	public void rememberLanguage(long userId, String language) {
		this.users.findById(userId).ifPresent((account) -> {
			if (!language.equals(account.getPreferredLanguage())) {
				account.preferLanguage(language);
			}
		});
	}

}
