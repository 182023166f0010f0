package org.parley.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.parley.identity.PersonalAccessToken.Status;
import org.parley.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What users do with their personal access tokens (create, list, revoke), and how a token
 * presented with a request is checked.
 */
@Service
class PersonalAccessTokens {

	/** Enough for every script a person runs; more usually means forgotten tokens. */
	static final int MAX_ACTIVE_PER_USER = 20;

	static final int NAME_MAX_LENGTH = 80;

	static final String PREFIX = "pat_";

	/** How many characters of a token are kept to show in the list. */
	static final int DISPLAYED_CHARACTERS = PREFIX.length() + 4;

	private static final int RANDOM_BYTES = 32;

	/** "pat_" and 32 random bytes in base64url without padding (43 characters). */
	private static final Pattern FORMAT = Pattern.compile("pat_[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PersonalAccessTokenRepository tokens;

	private final ParleyUserDetailsService userDetails;

	private final Clock clock;

	PersonalAccessTokens(PersonalAccessTokenRepository tokens, ParleyUserDetailsService userDetails, Clock clock) {
		this.tokens = tokens;
		this.userDetails = userDetails;
		this.clock = clock;
	}

	/**
	 * Creates a token for its owner. The returned token is the only copy: Parley keeps
	 * its hash.
	 */
	@Transactional
	public Issued issue(long ownerId, String name, TokenLifetime lifetime) {
		String trimmed = (name != null) ? name.strip() : "";
		if (trimmed.isEmpty()) {
			throw new RuleViolation("name", "validation.required");
		}
		if (trimmed.length() > NAME_MAX_LENGTH) {
			throw new RuleViolation("name", "token.name.too-long");
		}
		this.tokens.lockOwner(ownerId).orElseThrow(() -> new UserNotFoundException(ownerId));
		Instant now = this.clock.instant();
		if (this.tokens.countActive(ownerId, now) >= MAX_ACTIVE_PER_USER) {
			throw new RuleViolation(null, "token.limit-reached");
		}
		String token = newToken();
		PersonalAccessToken saved = this.tokens.save(new PersonalAccessToken(ownerId, trimmed, hash(token),
				token.substring(0, DISPLAYED_CHARACTERS), now, now.plus(lifetime.duration())));
		return new Issued(saved.getId(), saved.getName(), token);
	}

	@Transactional(readOnly = true)
	public List<TokenView> of(long ownerId) {
		Instant now = this.clock.instant();
		return this.tokens.findByOwnerIdOrderByCreatedAtDescIdDesc(ownerId)
			.stream()
			.map((token) -> new TokenView(token.getId(), token.getName(), token.getPrefix(), token.getCreatedAt(),
					token.getExpiresAt(), token.getLastUsedAt(), token.statusAt(now)))
			.toList();
	}

	/**
	 * Revokes one of the owner's tokens. Another user's token answers as if it did not
	 * exist.
	 * @return the token's name
	 */
	@Transactional
	public String revoke(long ownerId, long tokenId) {
		PersonalAccessToken token = this.tokens.findByIdAndOwnerId(tokenId, ownerId)
			.orElseThrow(() -> new TokenNotFoundException(tokenId));
		token.revoke(this.clock.instant());
		return token.getName();
	}

	/**
	 * Revokes every active token of the owner (after their password changed or was
	 * reset), each revocation audited like one made by hand.
	 * @return how many were revoked
	 */
	@Transactional
	public int revokeAllOf(long ownerId) {
		Instant now = this.clock.instant();
		int revoked = 0;
		for (PersonalAccessToken token : this.tokens.findByOwnerIdOrderByCreatedAtDescIdDesc(ownerId)) {
			if (token.statusAt(now) == Status.ACTIVE) {
				token.revoke(now);
				revoked++;
			}
		}
		return revoked;
	}

	/**
	 * The user a presented token stands for: only an active token of an account that is
	 * enabled, not locked and not waiting for a new password. Notes the use.
	 */
	@Transactional
	public Optional<ParleyUser> authenticate(String presented) {
		if (presented == null || !FORMAT.matcher(presented).matches()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<PersonalAccessToken> found = this.tokens.findByTokenHash(hash(presented))
			.filter((token) -> token.statusAt(now) == Status.ACTIVE);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		PersonalAccessToken token = found.get();
		Optional<ParleyUser> user = this.userDetails.reload(token.getOwnerId())
			.filter((u) -> u.isEnabled() && u.isAccountNonLocked() && !u.mustChangePassword());
		user.ifPresent((u) -> {
			token.recordUse(now);
			u.eraseCredentials();
		});
		return user;
	}

	private static String newToken() {
		byte[] bytes = new byte[RANDOM_BYTES];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * SHA-256, in lower-case hex. A fast hash is right here, unlike for passwords: a
	 * token carries 256 random bits, so there is nothing to guess from its hash however
	 * fast the guessing, and a slow hash would only slow down every API request.
	 */
	static String hash(String token) {
		try {
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A token just created: the token itself is in nothing else Parley keeps.
	 */
	record Issued(long id, String name, String token) implements java.io.Serializable {

	}

	/**
	 * A token as its owner's list shows it.
	 */
	record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Status status) {

		public boolean active() {
			return this.status == Status.ACTIVE;
		}

	}

}
