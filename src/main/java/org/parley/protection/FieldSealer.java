package org.parley.protection;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import org.parley.protection.keys.DataKey;
import org.parley.protection.keys.Keyring;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Seals sensitive values on their way into an entity and opens them on their way to a
 * page, an export or the API: AES-256-GCM under the team's data key for the purpose, the
 * value bound to its column and its team (a value copied into another column, or into
 * another team's row, does not open). Domain methods take it to seal on write; services
 * open only what they show.
 */
@Service
public class FieldSealer {

	private final Keyring keys;

	private final MessageSource messages;

	FieldSealer(Keyring keys, MessageSource messages) {
		this.keys = keys;
		this.messages = messages;
	}

	/**
	 * The text sealed under the team's key for the purpose.
	 * @param teamId the team the record belongs to (null for {@link KeyPurpose#SYSTEM})
	 * @return null for null
	 */
	public Sealed seal(Long teamId, KeyPurpose purpose, SealedColumn column, String plaintext) {
		if (plaintext == null) {
			return null;
		}
		DataKey key = this.keys.forSealing(teamId, purpose);
		try {
			return Sealed.of(key.id(),
					key.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), context(column, teamId)));
		}
		catch (GeneralSecurityException ex) {
			throw new SealedValueException("A value of " + column.place() + " could not be sealed", ex);
		}
	}

	/**
	 * The value a field takes when a form is saved: the current one when it already holds
	 * this text under the key that seals now (so that saving a form unchanged changes
	 * nothing, in the row or in the history), a new seal otherwise.
	 */
	public Sealed update(Sealed current, Long teamId, KeyPurpose purpose, SealedColumn column, String plaintext) {
		if (plaintext == null) {
			return null;
		}
		if (current != null && current.wellFormed()) {
			DataKey key = this.keys.forSealing(teamId, purpose);
			if (current.dataKeyId() == key.id() && current.keyId() == key.primaryKeyId()) {
				try {
					if (plaintext.equals(open(teamId, column, current).text())) {
						return current;
					}
				}
				catch (SealedValueException ex) {
					// Not readable: sealed anew below.
				}
			}
		}
		return seal(teamId, purpose, column, plaintext);
	}

	/**
	 * The value sealed under the team's key for the purpose: itself when it already is, a
	 * new seal of what it holds otherwise (a record whose classification changed moves
	 * its values between the team's keys). A value whose key was destroyed stays as it
	 * is.
	 */
	public Sealed reseal(Sealed current, Long teamId, KeyPurpose purpose, SealedColumn column) {
		if (current == null) {
			return null;
		}
		Opened opened = open(teamId, column, current);
		if (opened.isDestroyed() || opened.text() == null) {
			return current;
		}
		return update(current, teamId, purpose, column, opened.text());
	}

	/**
	 * What the value holds.
	 * @param teamId the team of the record the value was read from
	 * @return nothing for null; for a value whose key was destroyed, the date it was
	 * @throws SealedValueException when the value is not sealed, was altered, was sealed
	 * for another column or team, or names a key that does not exist
	 */
	public Opened open(Long teamId, SealedColumn column, Sealed value) {
		if (value == null) {
			return Opened.none();
		}
		if (value.purged()) {
			return Opened.destroyed(value.purgedAt());
		}
		if (!value.wellFormed()) {
			throw new SealedValueException("A value of " + column.place() + " is not sealed");
		}
		DataKey key = this.keys.forOpening(value.dataKeyId());
		if (key == null) {
			throw new SealedValueException(
					"A value of " + column.place() + " names data key " + value.dataKeyId() + ", which does not exist");
		}
		if (key.teamId() != null && !key.teamId().equals(teamId)) {
			throw new SealedValueException("A value of " + column.place() + " is sealed under another team's key");
		}
		if (key.destroyed()) {
			return Opened.destroyed(key.destroyedAt());
		}
		byte[] ciphertext = value.ciphertext();
		if (!key.keyIds().contains(Sealed.keyIdOf(ciphertext))) {
			// Sealed by another instance under a key added since this one read the
			// keyset.
			key = this.keys.reload(key.id());
			if (key == null || key.destroyed()) {
				return (key != null) ? Opened.destroyed(key.destroyedAt()) : Opened.none();
			}
		}
		try {
			return Opened.of(new String(key.decrypt(ciphertext, context(column, teamId)), StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new SealedValueException("A value of " + column.place() + " does not open: altered, or sealed "
					+ "for another column or team, or under a key since retired", ex);
		}
	}

	/**
	 * The text to show: the value, or what {@link Opened#shown} says of a destroyed one,
	 * in the language of the current request; null for null.
	 */
	public String text(Long teamId, SealedColumn column, Sealed value) {
		return open(teamId, column, value).shown(this.messages, LocaleContextHolder.getLocale());
	}

	/** Whether the value is sealed under the key that seals the team's values now. */
	public boolean current(Long teamId, KeyPurpose purpose, Sealed value) {
		if (value == null || !value.wellFormed()) {
			return value == null;
		}
		DataKey key = this.keys.forSealing(teamId, purpose);
		return value.dataKeyId() == key.id() && value.keyId() == key.primaryKeyId();
	}

	/** What a value is bound to: its column and its team. */
	static byte[] context(SealedColumn column, Long teamId) {
		return ("parley|" + column.place() + "|team:" + ((teamId != null) ? teamId : "none"))
			.getBytes(StandardCharsets.UTF_8);
	}

}
