package org.parley.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The allow-list beyond PDF and photos, told from content by Apache Tika: WebP images,
 * spreadsheets and OpenDocument files, each refused under another type's name.
 */
class FileTypesTest {

	private static final String ODT = "application/vnd.oasis.opendocument.text";

	private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Test
	void aWebpImageIsKnownByItsContent() {
		byte[] webp = webp();
		assertThat(FileTypes.check(webp, "foto.webp", "image/webp")).isEqualTo("image/webp");
		assertThatThrownBy(() -> FileTypes.check(webp, "foto.png", null)).isInstanceOf(FileTypes.Refused.class)
			.extracting((ex) -> ((FileTypes.Refused) ex).messageKey())
			.isEqualTo("document.type-mismatch");
	}

	@Test
	void spreadsheetsAndOpenDocumentFilesAreKeptUnderTheirOwnNamesOnly() throws IOException {
		byte[] xlsx = ooxml("xl/workbook.xml");
		assertThat(FileTypes.check(xlsx, "cuadro.xlsx", XLSX)).isEqualTo(XLSX);
		// A spreadsheet named as a Word document lacks the Word document's part.
		assertThat(refusal(xlsx, "minuta.docx")).isEqualTo("document.type-mismatch");
		byte[] odt = odf(ODT);
		assertThat(FileTypes.check(odt, "acta.odt", null)).isEqualTo(ODT);
		assertThat(refusal(odt, "acta.ods")).isEqualTo("document.type-mismatch");
		assertThat(FileTypes.check(odf(ODS), "cuadro.ods", null)).isEqualTo(ODS);
		// Macros in an OpenDocument file.
		assertThat(refusal(odf(ODT, "Basic/Standard/Module1.xml"), "acta.odt")).isEqualTo("document.polyglot");
	}

	@Test
	void aZipThatIsNotAnOfficeDocumentIsRefused() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("index.html"));
			zip.write("<p>hello</p>".getBytes(StandardCharsets.UTF_8));
		}
		assertThat(refusal(bytes.toByteArray(), "minuta.docx")).isEqualTo("document.type-mismatch");
		assertThat(refusal(bytes.toByteArray(), "archivo.zip")).isEqualTo("document.type-allowed");
	}

	private static String refusal(byte[] content, String name) {
		try {
			FileTypes.check(content, name, null);
			return "accepted";
		}
		catch (FileTypes.Refused refused) {
			return refused.messageKey();
		}
	}

	/** A lossless 1x1 WebP image. */
	private static byte[] webp() {
		int[] bytes = { 'R', 'I', 'F', 'F', 0x1a, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 0x0d, 0, 0, 0, 0x2f,
				0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, (byte) 0xfe, 0x07, 0 };
		byte[] webp = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			webp[i] = (byte) bytes[i];
		}
		return webp;
	}

	private static byte[] ooxml(String mainPart) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : new String[] { "[Content_Types].xml", "_rels/.rels", mainPart }) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toByteArray();
	}

	/**
	 * An OpenDocument file: its type first, stored uncompressed, as the standard asks.
	 */
	private static byte[] odf(String type, String... more) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] mimetype = type.getBytes(StandardCharsets.US_ASCII);
			ZipEntry first = new ZipEntry("mimetype");
			first.setMethod(ZipEntry.STORED);
			first.setSize(mimetype.length);
			CRC32 crc = new CRC32();
			crc.update(mimetype);
			first.setCrc(crc.getValue());
			zip.putNextEntry(first);
			zip.write(mimetype);
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<?xml version=\"1.0\"?><office:document-content/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
			zip.write("<?xml version=\"1.0\"?><manifest/>".getBytes(StandardCharsets.UTF_8));
			for (String name : more) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write("x".getBytes(StandardCharsets.UTF_8));
			}
		}
		return bytes.toByteArray();
	}

}
