package org.parley.identity;

import java.time.Clock;
import java.util.List;

import org.parley.shared.RuleViolation;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user redeems the one-time code of a password reset by choosing a new password, on a
 * page reached from sign-in without being signed in. The code works once, until it
 * expires, and for {@value #MAX_ATTEMPTS} wrong tries at most; every failure reads the
 * same, whether the account exists, has no code, or the code is wrong or expired. The new
 * password is recorded by the audit listener (redacted), as the account's change.
 */
@Service
class PasswordResets {

	static final int MAX_ATTEMPTS = 5;

	private final UserAccountRepository users;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final Clock clock;

	private final String decoy;

	private final Sessions sessions;

	PasswordResets(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy, Clock clock,
			Sessions sessions) {
		this.sessions = sessions;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.clock = clock;
		this.decoy = passwordEncoder.encode(ResetCodes.generate());
	}

	/**
	 * @return the account whose password is now the one chosen
	 */
	@Transactional(noRollbackFor = RuleViolation.class)
	public long redeem(String username, String code, String newPassword) {
		UserAccount account = this.users.findByUsername(Usernames.normalise((username == null) ? "" : username))
			.filter(UserAccount::isEnabled)
			.filter((a) -> a.getResetCodeHash() != null && a.getResetCodeExpiresAt() != null
					&& a.getResetCodeExpiresAt().isAfter(this.clock.instant()))
			.orElse(null);
		String typed = ResetCodes.normalise(code);
		if (account == null) {
			// The same work as for a real account, so the answer's timing tells nothing.
			this.passwordEncoder.matches(typed, this.decoy);
			throw new RuleViolation("code", "identity.reset.invalid");
		}
		if (!this.passwordEncoder.matches(typed, account.getResetCodeHash())) {
			account.recordWrongResetCode(MAX_ATTEMPTS);
			throw new RuleViolation("code", "identity.reset.invalid");
		}
		List<String> violations = this.policy.violations(account.getUsername(), account.getDisplayName(), newPassword);
		if (!violations.isEmpty()) {
			throw new RuleViolation("newPassword", violations.get(0));
		}
		account.redeemResetCode(this.passwordEncoder.encode(newPassword));
		endSessionsAndTokensOf(account.getId());
		return account.getId();
	}

	/**
	 * The one place where a password reset (issued or redeemed) ends every session of the
	 * user and revokes their personal access tokens.
	 */
	void endSessionsAndTokensOf(long userId) {
		this.sessions.endAllOf(userId, null);
	}

}
