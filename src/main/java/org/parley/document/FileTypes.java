package org.parley.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;

/**
 * Tells what an uploaded file is, from its content (Apache Tika's magic bytes) rather
 * than from what the browser claims, and refuses a file that is two things at once.
 * <p>
 * A file is accepted only when it is one of the {@link #ALLOWED} types; when its content,
 * its name's extension and (if given as one of those types) its declared type all say the
 * same; and when no part a browser or viewer could read as markup (the first and last
 * {@value #EDGE} bytes, a JPEG's segments before its image data, a PNG's chunks other
 * than image data) carries HTML or script. An office document must also have the parts of
 * its kind and no macros.
 */
final class FileTypes {

	/** What may be stored, by type, with the extensions a name of that type may have. */
	static final Map<String, List<String>> ALLOWED = Map.of("application/pdf", List.of("pdf"), "image/jpeg",
			List.of("jpg", "jpeg"), "image/png", List.of("png"), "image/webp", List.of("webp"),
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"),
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"),
			"application/vnd.oasis.opendocument.text", List.of("odt"), "application/vnd.oasis.opendocument.spreadsheet",
			List.of("ods"));

	/** The part an Office Open XML file of each type must have. */
	private static final Map<String, String> OOXML_MAIN_PART = Map.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml");

	/** What Tika's magic bytes alone say of an Office Open XML file (a ZIP archive). */
	private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-tika-ooxml");

	/** How many bytes at each end of a file are searched for markup. */
	static final int EDGE = 8 * 1024;

	/**
	 * What makes a file also a web page or a script, lower case: a browser that sniffs
	 * the file, or a viewer that renders what it finds, would run it.
	 */
	private static final List<byte[]> MARKUP = List
		.of("<script", "<html", "<svg", "javascript:", "<iframe", "<!doctype", "<body", "<object", "<embed",
				"<?xml-stylesheet")
		.stream()
		.map((marker) -> marker.getBytes(StandardCharsets.US_ASCII))
		.toList();

	private static final Detector MAGIC = MimeTypes.getDefaultMimeTypes();

	private FileTypes() {
	}

	/**
	 * The file's type, if it may be stored.
	 * @param filename the name the file was uploaded with (already cleaned)
	 * @param declared the type the browser declared, or null
	 * @throws Refused naming the message that says why not
	 */
	static String check(byte[] content, String filename, String declared) {
		String byName = byName(filename);
		if (byName == null) {
			throw new Refused("document.type-allowed");
		}
		String byContent = byContent(content);
		boolean agree = byContent.equals(byName)
				|| (OOXML_MAIN_PART.containsKey(byName) && ZIP_TYPES.contains(byContent));
		if (!agree || (declared != null && ALLOWED.containsKey(baseType(declared))
				&& !baseType(declared).equals(byName))) {
			throw new Refused("document.type-mismatch");
		}
		if (carriesMarkup(content, byName)) {
			throw new Refused("document.polyglot");
		}
		if (byName.contains("opendocument") || OOXML_MAIN_PART.containsKey(byName)) {
			checkArchive(content, byName);
		}
		return byName;
	}

	/** The allowed type the name's extension says, or null. */
	static String byName(String filename) {
		int dot = filename.lastIndexOf('.');
		if (dot < 0) {
			return null;
		}
		String extension = filename.substring(dot + 1).toLowerCase(Locale.ROOT);
		return ALLOWED.entrySet()
			.stream()
			.filter((type) -> type.getValue().contains(extension))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

	/** What Tika's magic bytes say the content is, whatever its name. */
	static String byContent(byte[] content) {
		try (TikaInputStream in = TikaInputStream.get(content)) {
			MediaType type = MAGIC.detect(in, new Metadata(), new ParseContext());
			return type.getBaseType().toString();
		}
		catch (IOException ex) {
			throw new Refused("document.unreadable");
		}
	}

	private static String baseType(String declared) {
		try {
			MediaType type = MediaType.parse(declared.strip().toLowerCase(Locale.ROOT));
			return (type != null) ? type.getBaseType().toString() : "";
		}
		catch (RuntimeException ex) {
			return "";
		}
	}

	/**
	 * Whether a part of the file that is not compressed image data carries HTML or
	 * script.
	 */
	static boolean carriesMarkup(byte[] content, String type) {
		if (contains(content, 0, Math.min(content.length, EDGE))
				|| contains(content, Math.max(0, content.length - EDGE), content.length)) {
			return true;
		}
		if ("image/jpeg".equals(type)) {
			return contains(content, 0, jpegHeaderEnd(content));
		}
		if ("image/png".equals(type)) {
			return pngTextCarriesMarkup(content);
		}
		return false;
	}

	/** Where a JPEG's image data starts (its start-of-scan marker), or its end. */
	private static int jpegHeaderEnd(byte[] content) {
		int at = 2;
		while (at + 4 <= content.length && (content[at] & 0xFF) == 0xFF) {
			int marker = content[at + 1] & 0xFF;
			if (marker == 0xDA) {
				return at;
			}
			int length = ((content[at + 2] & 0xFF) << 8) | (content[at + 3] & 0xFF);
			at += 2 + length;
		}
		return Math.min(at, content.length);
	}

	/**
	 * Whether a chunk of a PNG other than its image data, or what follows its end, does.
	 */
	private static boolean pngTextCarriesMarkup(byte[] content) {
		int at = 8;
		while (at + 8 <= content.length) {
			long length = ((content[at] & 0xFFL) << 24) | ((content[at + 1] & 0xFF) << 16)
					| ((content[at + 2] & 0xFF) << 8) | (content[at + 3] & 0xFF);
			String type = new String(content, at + 4, 4, StandardCharsets.US_ASCII);
			long end = Math.min(content.length, at + 8 + length);
			if (!"IDAT".equals(type) && contains(content, at + 8, (int) end)) {
				return true;
			}
			at = (int) Math.min(content.length, end + 4);
			if ("IEND".equals(type)) {
				return contains(content, at, content.length);
			}
		}
		return false;
	}

	private static boolean contains(byte[] content, int from, int to) {
		for (int i = from; i < to; i++) {
			if (content[i] != '<' && content[i] != 'j' && content[i] != 'J') {
				continue;
			}
			for (byte[] marker : MARKUP) {
				if (startsWithIgnoringCase(content, i, to, marker)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean startsWithIgnoringCase(byte[] content, int at, int to, byte[] marker) {
		if (at + marker.length > to) {
			return false;
		}
		for (int k = 0; k < marker.length; k++) {
			byte b = content[at + k];
			if (b >= 'A' && b <= 'Z') {
				b = (byte) (b + ('a' - 'A'));
			}
			if (b != marker[k]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * An office document is a ZIP archive: it must have the parts of its kind, and no
	 * macros (a {@code .docm} renamed {@code .docx}). Only the archive's directory is
	 * read; nothing is decompressed.
	 */
	private static void checkArchive(byte[] content, String type) {
		Path file = null;
		try {
			file = Files.createTempFile("parley-upload-", ".zip");
			Files.write(file, content);
			Set<String> names = new HashSet<>();
			try (ZipFile zip = new ZipFile(file.toFile())) {
				zip.stream().map(ZipEntry::getName).forEach(names::add);
			}
			boolean macros = names.stream()
				.anyMatch((name) -> name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")
						|| name.toLowerCase(Locale.ROOT).startsWith("basic/")
						|| name.toLowerCase(Locale.ROOT).startsWith("scripts/"));
			boolean complete = OOXML_MAIN_PART.containsKey(type)
					? names.contains("[Content_Types].xml") && names.contains(OOXML_MAIN_PART.get(type))
					: names.contains("mimetype") && names.contains("content.xml");
			if (macros) {
				throw new Refused("document.polyglot");
			}
			if (!complete) {
				throw new Refused("document.type-mismatch");
			}
		}
		catch (IOException ex) {
			throw new Refused("document.type-mismatch");
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					file.toFile().deleteOnExit();
				}
			}
		}
	}

	/** A file that may not be stored, with the message that says why. */
	static final class Refused extends RuntimeException {

		private final String messageKey;

		Refused(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
		}

	}

}
