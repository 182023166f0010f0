package org.parley.identity;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password encoder, held to what BCrypt reads ({@value PasswordPolicy#MAX_BYTES}
 * bytes): Spring's BCrypt refuses to hash a longer password with an exception, and would
 * compare only its first 72 bytes. A longer password typed at sign-in, or as a current
 * password or a reset code, simply does not match (after the same work as a real
 * comparison, so the answer's timing tells nothing); the password rules keep one from
 * being set ({@link PasswordPolicy}).
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;

	BoundedPasswordEncoder(PasswordEncoder delegate) {
		this.delegate = delegate;
	}

	@Override
	public String encode(CharSequence rawPassword) {
		if (PasswordPolicy.tooLong(rawPassword)) {
			throw new IllegalArgumentException("A password is at most " + PasswordPolicy.MAX_BYTES + " bytes");
		}
		return this.delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (PasswordPolicy.tooLong(rawPassword)) {
			this.delegate.matches("", encodedPassword);
			return false;
		}
		return this.delegate.matches(rawPassword, encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return this.delegate.upgradeEncoding(encodedPassword);
	}

}
