package org.parley.audit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PublicKey;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.parley.shared.crypto.PublicKeys;

/**
 * Anchor files on disk: {@code anchor-<entries>-<time>.json} and its detached signature
 * {@code anchor-<entries>-<time>.json.sig} (raw Ed25519, or DER ECDSA with SHA-256, over
 * the exact bytes of the JSON file, as a dossier's manifest is signed). Free of Spring,
 * so the offline {@code verify-chain} command reads them with exactly this code.
 */
public final class AnchorFiles {

	public static final String PREFIX = "anchor-";

	public static final String SUFFIX = ".json";

	public static final String SIGNATURE_SUFFIX = ".sig";

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private AnchorFiles() {
	}

	/**
	 * The file name of an anchor: its entry count and time, so a listing sorts sensibly.
	 */
	public static String fileName(Anchor anchor) {
		return PREFIX + anchor.entries() + "-" + STAMP.format(anchor.anchoredAt()) + SUFFIX;
	}

	/**
	 * Writes an anchor and its signature into the directory (made if missing), each
	 * through a temporary file moved into place, so no half-written anchor is ever read.
	 * @return the anchor file's path
	 */
	public static Path write(Path directory, Anchor anchor, byte[] json, byte[] signature) throws IOException {
		Files.createDirectories(directory);
		Path file = directory.resolve(fileName(anchor));
		if (Files.exists(file)) {
			throw new IOException("an anchor file " + file.getFileName() + " exists already");
		}
		place(directory, file.resolveSibling(file.getFileName() + SIGNATURE_SUFFIX), signature);
		place(directory, file, json);
		return file;
	}

	/**
	 * Every anchor file of the directory, each with its signature checked against the
	 * key, in the order of their entry counts; none when the directory does not exist.
	 */
	public static List<AnchorFile> read(Path directory, PublicKey key) throws IOException {
		List<AnchorFile> anchors = new ArrayList<>();
		if (!Files.isDirectory(directory)) {
			return anchors;
		}
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, PREFIX + "*" + SUFFIX)) {
			for (Path file : files) {
				if (Files.isRegularFile(file)) {
					anchors.add(readOne(file, key));
				}
			}
		}
		anchors.sort(Comparator.comparingLong((AnchorFile a) -> (a.anchor() != null) ? a.anchor().entries() : 0)
			.thenComparing(AnchorFile::name));
		return anchors;
	}

	/**
	 * One anchor file, with its signature ({@code <file>.sig}) checked against the key.
	 */
	public static AnchorFile readOne(Path file, PublicKey key) throws IOException {
		String name = file.getFileName().toString();
		byte[] json = Files.readAllBytes(file);
		Anchor anchor;
		try {
			anchor = Anchor.parse(json);
		}
		catch (IllegalArgumentException ex) {
			return new AnchorFile(name, null, AnchorFile.Status.UNREADABLE);
		}
		Path signature = file.resolveSibling(name + SIGNATURE_SUFFIX);
		boolean signed = Files.isRegularFile(signature) && verify(key, json, Files.readAllBytes(signature));
		return new AnchorFile(name, anchor, signed ? AnchorFile.Status.VALID : AnchorFile.Status.SIGNATURE_INVALID);
	}

	/** Whether the signature over the data was made by the key's private half. */
	public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
		return PublicKeys.verify(key, data, signature);
	}

	/** The algorithm a key signs anchors with: Ed25519, or SHA-256 with ECDSA. */
	public static String signatureAlgorithm(Key key) {
		return PublicKeys.signatureAlgorithm(key);
	}

	/** Reads a {@code PUBLIC KEY} PEM block (an Ed25519 or EC SubjectPublicKeyInfo). */
	public static PublicKey readPublicKey(byte[] pem) throws GeneralSecurityException {
		return PublicKeys.read(pem);
	}

	/** The SHA-256 of the key's DER encoding, in hex. */
	public static String fingerprint(PublicKey key) {
		return PublicKeys.fingerprint(key);
	}

	private static void place(Path directory, Path target, byte[] content) throws IOException {
		Path temporary = Files.createTempFile(directory, ".anchor-", ".tmp");
		try {
			Files.write(temporary, content);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

}
