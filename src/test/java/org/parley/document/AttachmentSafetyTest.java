package org.parley.document;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;
import org.parley.support.SecurityLog;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Files are what they say they are, and stay so: the type is told from the content
 * (Apache Tika), a file that is also a web page or a script is refused, only PDF, images
 * and office documents are kept, and a stored file changed behind Parley's back is
 * withheld and reported in the audit log. The samples are real files made here, and real
 * polyglots made from them.
 */
@IntegrationTest
class AttachmentSafetyTest {

	private static final String SCRIPT = "<html><body><script>alert(document.domain)</script></body></html>";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	private long group;

	@BeforeEach
	void aGroup() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.group = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Barrio Once'", Long.class);
	}

	@Test
	void realPdfPngJpegAndDocxAreKeptAndGivenBackAsAttachmentsThatAreNeverSniffed() throws Exception {
		record Sample(String name, String type, byte[] bytes) {
		}
		for (Sample sample : new Sample[] { new Sample("Acta \"firmada\" ñ.pdf", "application/pdf", pdf()),
				new Sample("foto.png", "image/png", png(8)), new Sample("foto.JPG", "image/jpeg", jpeg(8)),
				new Sample("minuta.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
						docx(false)) }) {
			long id = upload(sample.name(), sample.type(), sample.bytes());
			assertThat(id).as(sample.name() + " refused").isPositive();
			MockHttpServletResponse download = this.mvc.perform(get("/documents/" + id).with(as(this.users, "hq")))
				.andReturn()
				.getResponse();
			assertThat(download.getStatus()).isEqualTo(200);
			assertThat(download.getContentAsByteArray()).isEqualTo(sample.bytes());
			assertThat(download.getContentType()).isEqualTo(sample.type());
			assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(download.getHeader("Cache-Control")).contains("no-store");
			assertThat(download.getHeader("X-Checksum-SHA256")).isEqualTo(sha256(sample.bytes()));
			String disposition = download.getHeader("Content-Disposition");
			assertThat(disposition).startsWith("attachment; filename=\"").contains("filename*=UTF-8''");
			// The plain name has nothing that could end it early or start another
			// parameter.
			String plain = disposition.substring("attachment; filename=\"".length(), disposition.indexOf("\";"));
			assertThat(plain).matches("[A-Za-z0-9._() -]+");
		}
		String disposition = this.mvc
			.perform(get("/documents/" + documentOf("Acta \"firmada\" ñ.pdf")).with(as(this.users, "hq")))
			.andReturn()
			.getResponse()
			.getHeader("Content-Disposition");
		assertThat(disposition)
			.isEqualTo("attachment; filename=\"Acta firmada _.pdf\"; filename*=UTF-8''Acta%20firmada%20%C3%B1.pdf");
	}

	@Test
	void polyglotsAreRefusedAndNothingIsStored() throws Exception {
		long before = count();
		// A PDF that is also a web page: the markup right after the header.
		byte[] pdf = pdf();
		byte[] pdfHtml = concat(("%PDF-1.7\n%" + SCRIPT + "\n").getBytes(StandardCharsets.US_ASCII), pdf);
		assertRefused("deed.pdf", "application/pdf", pdfHtml, "also contains web page code or a script");
		// A PNG that is also a web page: a text chunk holding the page, with a right CRC.
		assertRefused("photo.png", "image/png", withPngText(png(8), SCRIPT), "also contains web page code");
		// A JPEG carrying script in a comment, deep inside a large file (far from its
		// first and last kilobytes: found by walking the JPEG's segments).
		byte[] jpeg = jpeg(300);
		assertThat(jpeg.length).isGreaterThan(3 * FileTypes.EDGE);
		byte[] padded = withJpegSegment(withJpegSegment(jpeg, 0xFE, "<script>alert(1)</script>".getBytes()), 0xEF,
				new byte[20_000]);
		assertRefused("photo.jpg", "image/jpeg", padded, "also contains web page code");
		// A page named as a PDF, and a PNG named as a PDF: content and name disagree.
		assertRefused("deed.pdf", "application/pdf", SCRIPT.getBytes(StandardCharsets.UTF_8),
				"content is not what its name or type says");
		assertRefused("deed.pdf", "application/pdf", png(8), "content is not what its name or type says");
		// A PDF declared as a PNG by the browser.
		assertRefused("deed.pdf", "image/png", pdf, "content is not what its name or type says");
		// A Word document with macros, named .docx.
		assertRefused("minuta.docx", "application/octet-stream", docx(true), "also contains web page code");
		// Not on the list: an SVG (an image that runs script), an HTML page, no
		// extension.
		assertRefused("logo.svg", "image/svg+xml",
				"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(),
				"Only PDF, JPEG, PNG and WebP files and office documents");
		assertRefused("scan", "application/pdf", pdf, "Only PDF, JPEG, PNG and WebP files and office documents");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aFileOverTheLimitIsRefused() throws Exception {
		byte[] big = new byte[Documents.MAX_BYTES + 1];
		System.arraycopy(pdf(), 0, big, 0, 8);
		assertRefused("scan.pdf", "application/pdf", big, "The file is larger than 10 MB.");
	}

	@Test
	void aStoredFileChangedBehindParleysBackIsWithheldAndReportedInTheAuditLog() throws Exception {
		byte[] original = pdf();
		long id = upload("tampered.pdf", "application/pdf", original);
		byte[] forged = concat(original, "% changed later\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(this.jdbc.update("UPDATE stored_document SET content = ? WHERE id = ?", forged, id)).isOne();

		MockHttpServletResponse response;
		try (SecurityLog log = SecurityLog.capture()) {
			response = this.mvc.perform(get("/documents/" + id).param("lang", "es").with(as(this.users, "auditor")))
				.andReturn()
				.getResponse();
			assertThat(log.lines("integrity-failure")).singleElement()
				.satisfies((line) -> assertThat(line).contains(" user=auditor ", " path=/documents/" + id + " ",
						" detail=document-" + id));
		}

		// A refusal, not a server error: 409 with the translated page, and no byte of
		// the file.
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getHeader("Content-Disposition")).isNull();
		assertThat(response.getHeader("X-Checksum-SHA256")).isNull();
		String page = text(response);
		assertThat(page)
			.contains("El archivo no se envió", "Este archivo fue modificado después de subirlo", "no se entrega",
					"El fallo de integridad quedó registrado; avise a su contacto de seguridad.",
					"Archivo: tampered.pdf")
			.doesNotContain("% changed later", "%PDF");
		assertThat(page.stripTrailing()).endsWith("</html>");
		assertThat(this.mvc.perform(get("/documents/" + id).param("lang", "en").with(as(this.users, "auditor")))
			.andReturn()
			.getResponse()
			.getContentAsString())
			.contains("This file was changed after it was uploaded (its content no longer matches the SHA-256 checksum "
					+ "recorded then); it is not served. The integrity failure has been recorded; tell your "
					+ "security contact.");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'INTEGRITY_FAILURE' AND entity_type = 'StoredDocument' "
						+ "AND entity_id = ? AND actor = 'auditor'",
				Long.class, Long.toString(id)))
			.as("one entry per refused download, kept although the request was refused")
			.isEqualTo(2);
		// A file shared by every team: its entry is in the administrators' log.
		assertThat(this.mvc
			.perform(get("/audit").param("entityType", "StoredDocument")
				.param("entityId", Long.toString(id))
				.param("lang", "en")
				.with(as(this.users, "admin")))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Changed file withheld");
		// The untouched file still downloads.
		this.jdbc.update("UPDATE stored_document SET content = ? WHERE id = ?", original, id);
		assertThat(this.mvc.perform(get("/documents/" + id).with(as(this.users, "auditor")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(original);
	}

	private long upload(String name, String type, byte[] bytes) throws Exception {
		String source = "Upload " + System.nanoTime();
		MockHttpServletResponse response = post(name, type, bytes, source);
		assertThat(response.getStatus()).as(name + ": " + text(response)).isEqualTo(302);
		return this.jdbc.queryForObject("SELECT document_id FROM armed_group_commitment WHERE source = ?", Long.class,
				source);
	}

	private void assertRefused(String name, String type, byte[] bytes, String message) throws Exception {
		MockHttpServletResponse response = post(name, type, bytes, "Refused " + System.nanoTime());
		assertThat(response.getStatus()).as(name).isEqualTo(200);
		assertThat(text(response)).as(name).contains(message);
	}

	private MockHttpServletResponse post(String name, String type, byte[] bytes, String source) throws Exception {
		return this.mvc
			.perform(multipart("/armed-groups/" + this.group + "/commitments")
				.file(new MockMultipartFile("document", name, type, bytes))
				.param("madeOn", "2020-05-01")
				.param("kind", "DEED_OF_COMMITMENT")
				.param("theme", "health-care")
				.param("source", source)
				.param("lang", "en")
				.with(as(this.users, "field.sv"))
				.with(csrf()))
			.andReturn()
			.getResponse();
	}

	private static String text(MockHttpServletResponse response) throws IOException {
		return org.springframework.web.util.HtmlUtils.htmlUnescape(response.getContentAsString());
	}

	private long documentOf(String filename) {
		return this.jdbc.queryForObject("SELECT max(id) FROM stored_document WHERE filename = ?", Long.class,
				Documents.cleanFilename(filename));
	}

	private long count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM stored_document", Long.class);
	}

	static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	/** A square of noise, so that its compressed data is as large as a photo's. */
	static BufferedImage noise(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(size);
		for (int x = 0; x < size; x++) {
			for (int y = 0; y < size; y++) {
				image.setRGB(x, y, new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)).getRGB());
			}
		}
		return image;
	}

	static byte[] png(int size) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(noise(size), "png", out);
		return out.toByteArray();
	}

	static byte[] jpeg(int size) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(noise(size), "jpg", out);
		return out.toByteArray();
	}

	static byte[] docx(boolean macros) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
							<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
							<Default Extension="xml" ContentType="application/xml"/>
							<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
							</Types>""");
			entry(zip, "_rels/.rels",
					"""
							<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
							<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
							<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
							</Relationships>""");
			entry(zip, "word/document.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
					<w:body><w:p><w:r><w:t>Minuta de la reunión</w:t></w:r></w:p></w:body></w:document>""");
			if (macros) {
				entry(zip, "word/vbaProject.bin", "macro");
			}
		}
		return bytes.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	/** The PNG with a {@code tEXt} chunk after its header chunk. */
	static byte[] withPngText(byte[] png, String text) {
		byte[] data = concat("Comment\0".getBytes(StandardCharsets.ISO_8859_1), text.getBytes(StandardCharsets.UTF_8));
		byte[] typeAndData = concat("tEXt".getBytes(StandardCharsets.US_ASCII), data);
		CRC32 crc = new CRC32();
		crc.update(typeAndData);
		byte[] chunk = concat(concat(int32(data.length), typeAndData), int32((int) crc.getValue()));
		int afterHeader = 8 + 4 + 4 + 13 + 4;
		return concat(concat(java.util.Arrays.copyOf(png, afterHeader), chunk),
				java.util.Arrays.copyOfRange(png, afterHeader, png.length));
	}

	/** The JPEG with one more segment right after its start marker. */
	static byte[] withJpegSegment(byte[] jpeg, int marker, byte[] data) {
		byte[] segment = concat(
				new byte[] { (byte) 0xFF, (byte) marker, (byte) ((data.length + 2) >> 8), (byte) (data.length + 2) },
				data);
		return concat(concat(java.util.Arrays.copyOf(jpeg, 2), segment),
				java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
	}

	private static byte[] int32(int value) {
		return new byte[] { (byte) (value >> 24), (byte) (value >> 16), (byte) (value >> 8), (byte) value };
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
