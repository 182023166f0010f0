package org.parley.protection;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.parley.protection.keys.InMemoryDataKeys;
import org.parley.protection.keys.Keyring;
import org.parley.protection.keys.MasterKeys;
import org.parley.protection.keys.ProtectionProperties;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Field sealers for tests of aggregates: real AES-GCM, keys kept in memory. */
public final class Sealers {

	private Sealers() {
	}

	/** A sealer with a master key of its own and its data keys in memory. */
	public static FieldSealer inMemory() {
		return over(new InMemoryDataKeys());
	}

	/** A sealer over this keyring. */
	public static FieldSealer with(Keyring keyring) {
		return new FieldSealer(keyring, messages());
	}

	/** A sealer over these in-memory data keys, with a new master key. */
	public static FieldSealer over(InMemoryDataKeys keys) {
		return new FieldSealer(new Keyring(keys, MasterKeys.of(List.of(MasterKeys.generate())),
				new ProtectionProperties(List.of(), Duration.ZERO, 500, null), Clock.systemUTC()), messages());
	}

	/** The application's messages, as Spring Boot reads them. */
	public static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
