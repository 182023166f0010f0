package org.parley.protection.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

import org.springframework.core.io.ClassPathResource;

/**
 * The master keys: Tink AEAD keysets read from files, never from the database. The first
 * wraps data keys; the others only unwrap those they wrapped, until the rewrap at start
 * has moved every data key to the first (a master key rotation).
 */
public final class MasterKeys {

	/** The published key of the demo and the tests: it protects nothing. */
	public static final String DEMO_KEYSET = "db/demo/master-keyset.DEMO-ONLY.json";

	static {
		try {
			AeadConfig.register();
		}
		catch (GeneralSecurityException ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	private final List<Master> masters;

	private MasterKeys(List<Master> masters) {
		if (masters.isEmpty()) {
			throw new IllegalArgumentException("At least one master key is needed");
		}
		this.masters = List.copyOf(masters);
	}

	/** Master keys from keysets, the first wrapping. */
	public static MasterKeys of(List<KeysetHandle> keysets) {
		List<Master> masters = new ArrayList<>();
		for (KeysetHandle keyset : keysets) {
			masters.add(Master.of("keyset " + masters.size(), keyset));
		}
		return new MasterKeys(masters);
	}

	/**
	 * The configured master keys, or the demo's in the demo and test profiles.
	 * @throws IllegalStateException with what to do, when none is configured or one
	 * cannot be read
	 */
	public static MasterKeys load(List<String> paths, boolean demo) {
		if (paths.isEmpty()) {
			if (!demo) {
				throw new IllegalStateException("""
						No master key is configured: Parley seals interlocutors' names, meeting places and \
						other sensitive fields with it and does not start without one. Set \
						PARLEY_MASTER_KEYSET (parley.protection.master-keyset) to the path of a master keyset \
						file; "java -jar parley.jar generate-master-key <file>" writes a new one. \
						docs/operations.md, "Master key", says how to keep it.""");
			}
			try (InputStream in = new ClassPathResource(DEMO_KEYSET).getInputStream()) {
				return new MasterKeys(List.of(Master.of(DEMO_KEYSET + " (DEMO-ONLY, public)",
						parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)))));
			}
			catch (IOException | GeneralSecurityException ex) {
				throw new IllegalStateException("The demo master key is missing from the build", ex);
			}
		}
		List<Master> masters = new ArrayList<>();
		for (String path : paths) {
			try {
				masters.add(Master.of(path, parse(Files.readString(Path.of(path)))));
			}
			catch (IOException | GeneralSecurityException | RuntimeException ex) {
				throw new IllegalStateException("The master keyset " + path
						+ " (parley.protection.master-keyset) cannot be read as a Tink AEAD keyset: "
						+ ex.getClass().getSimpleName(), ex);
			}
		}
		return new MasterKeys(masters);
	}

	/** A new AES-256-GCM keyset. */
	public static KeysetHandle generate() {
		try {
			return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Tink cannot make an AES-256-GCM key", ex);
		}
	}

	/** A keyset as a master key file holds it: Tink's JSON, in clear. */
	public static String toJson(KeysetHandle keyset) {
		try {
			return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static KeysetHandle parse(String json) throws GeneralSecurityException {
		KeysetHandle keyset = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
		keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
		return keyset;
	}

	/** The id of the master key that wraps data keys now. */
	public long primaryId() {
		return this.masters.get(0).primaryId();
	}

	/** Where the master keys come from, first (wrapping) first, for the log. */
	public List<String> sources() {
		return this.masters.stream().map(Master::source).toList();
	}

	/** Whether one of the master keys is the one of that id. */
	public boolean knows(long masterKeyId) {
		return this.masters.stream().anyMatch((m) -> m.keyIds().contains(masterKeyId));
	}

	/** A data keyset encrypted under the first master key, bound to its owner. */
	byte[] wrap(KeysetHandle keyset, byte[] associatedData) {
		try {
			return TinkProtoKeysetFormat.serializeEncryptedKeyset(keyset, this.masters.get(0).aead(), associatedData);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("A data key could not be wrapped", ex);
		}
	}

	/**
	 * A data keyset unwrapped by the master key that wrapped it.
	 * @throws IllegalStateException when no configured master key has that id, or the
	 * wrapped keyset does not open (altered, or moved to another owner)
	 */
	KeysetHandle unwrap(byte[] wrapped, long masterKeyId, byte[] associatedData) {
		for (Master master : this.masters) {
			if (master.keyIds().contains(masterKeyId)) {
				try {
					return TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master.aead(), associatedData);
				}
				catch (GeneralSecurityException ex) {
					throw new IllegalStateException("A data key does not open under master key " + masterKeyId + " ("
							+ master.source() + "): altered, or not this owner's", ex);
				}
			}
		}
		throw new IllegalStateException("A data key is wrapped by master key " + masterKeyId
				+ ", which is in none of the configured master keysets " + sources()
				+ " (parley.protection.master-keyset). Add that keyset's file to the list.");
	}

	private record Master(String source, Aead aead, Set<Long> keyIds, long primaryId) {

		static Master of(String source, KeysetHandle keyset) {
			Set<Long> ids = new LinkedHashSet<>();
			for (int i = 0; i < keyset.size(); i++) {
				ids.add(Integer.toUnsignedLong(keyset.getAt(i).getId()));
			}
			try {
				return new Master(source, keyset.getPrimitive(RegistryConfiguration.get(), Aead.class), ids,
						Integer.toUnsignedLong(keyset.getPrimary().getId()));
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException("The master keyset " + source + " is not an AEAD keyset", ex);
			}
		}

	}

}
