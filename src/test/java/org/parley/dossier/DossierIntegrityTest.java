package org.parley.dossier;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.dossier.bulk.ExportRunner;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Files attached to a case's agreement whose stored bytes were changed after upload (here
 * straight in the database, as someone with access to it would): the case's dossier is
 * refused whole, on the page and through the API, before its first byte, naming the files
 * and recording one integrity failure per file; a bulk export leaves that case out with
 * its reason and exports the others. The bytes are put back after each test.
 */
@IntegrationTest
class DossierIntegrityTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final byte[] SCAN = "%PDF-1.4\n% acta firmada por ambas partes\n"
		.getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PHOTO_PAGE = "%PDF-1.4\n% foto del puesto de control\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExportRunner runner;

	@TempDir
	Path dir;

	private long team;

	private long caseId;

	private long scan;

	private long photo;

	@BeforeEach
	void anAgreementWithTwoFilesChangedAfterUpload() throws Exception {
		this.team = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		long agreement = this.jdbc.queryForObject(
				"SELECT min(id) FROM agreement WHERE team_id = ? AND status = 'IN_FORCE'", Long.class, this.team);
		this.caseId = this.jdbc.queryForObject("SELECT case_id FROM agreement WHERE id = ?", Long.class, agreement);
		this.scan = attach(agreement, "acta-firmada.pdf", SCAN);
		this.photo = attach(agreement, "puesto.pdf", PHOTO_PAGE);
		tamper(this.scan, SCAN);
		tamper(this.photo, PHOTO_PAGE);
	}

	@AfterEach
	void putTheBytesBack() {
		this.jdbc.update("UPDATE stored_document SET content = ? WHERE id = ?", SCAN, this.scan);
		this.jdbc.update("UPDATE stored_document SET content = ? WHERE id = ?", PHOTO_PAGE, this.photo);
	}

	@Test
	void theDossierPageIsRefusedBeforeItsFirstByteNamingTheFilesAndRecordingEachFailure() throws Exception {
		long exportsBefore = exportEntries();

		MockHttpServletResponse response = this.mvc
			.perform(get("/cases/{id}/dossier", this.caseId).param("lang", "es").with(as(this.users, "auditor")))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentType()).startsWith("text/html");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNull();
		byte[] body = response.getContentAsByteArray();
		assertThat(body).isNotEmpty();
		assertThat(new String(body, 0, 2, StandardCharsets.ISO_8859_1)).isNotEqualTo("PK");
		String page = HtmlUtils.htmlUnescape(response.getContentAsString());
		assertThat(page).contains("El expediente no se generó", "acta-firmada.pdf", "puesto.pdf",
				"fueron modificados después de subirlos", "El fallo de integridad quedó registrado",
				"avise a su contacto de seguridad", "/cases/" + this.caseId);
		assertThat(page.stripTrailing()).endsWith("</html>");
		assertThat(failures(this.scan, "auditor")).isOne();
		assertThat(failures(this.photo, "auditor")).isOne();
		// Refused whole: the export was not recorded.
		assertThat(exportEntries()).isEqualTo(exportsBefore);
	}

	@Test
	void theApiAnswersAProblemNamingTheFilesInsteadOfAZip() throws Exception {
		String token = ApiTokens.issue(this.mvc, this.users, "hq");

		MockHttpServletResponse response = this.mvc
			.perform(get("/api/v1/cases/{id}/dossier", this.caseId).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andReturn()
			.getResponse();

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentType()).contains("application/problem+json");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNull();
		JsonNode problem = JSON.readTree(response.getContentAsString());
		assertThat(problem.path("type").asString()).isEqualTo("urn:parley:problem:dossier-integrity");
		assertThat(problem.path("title").asString()).isEqualTo("The dossier was not made");
		assertThat(problem.path("detail").asString()).contains("acta-firmada.pdf, puesto.pdf",
				"changed after they were uploaded",
				"The integrity failure has been recorded; tell your security contact.");
		assertThat(problem.path("caseId").asLong()).isEqualTo(this.caseId);
		List<Long> ids = new ArrayList<>();
		problem.path("files").forEach((file) -> ids.add(file.path("documentId").asLong()));
		assertThat(ids).containsExactly(this.scan, this.photo);
		assertThat(problem.path("files").get(0).path("path").asString())
			.isEqualTo("attachments/" + this.scan + "-acta-firmada.pdf");
		assertThat(failures(this.scan, "hq")).isOne();
		assertThat(failures(this.photo, "hq")).isOne();

		// Once the bytes are back, the same dossier is made and verifies.
		putTheBytesBack();
		MockHttpServletResponse zip = this.mvc
			.perform(
					get("/api/v1/cases/{id}/dossier", this.caseId).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andReturn()
			.getResponse();
		assertThat(zip.getStatus()).isEqualTo(200);
		Path file = this.dir.resolve("restored.zip");
		Files.write(file, zip.getContentAsByteArray());
		assertThat(DossierVerifierTest.verify(file).out()).startsWith("VALID");
		assertThat(DossierExportTest.unzip(zip.getContentAsByteArray()))
			.containsKey("attachments/" + this.scan + "-acta-firmada.pdf");
	}

	@Test
	void aBulkExportLeavesTheCaseOutWithItsReasonAndExportsTheOthers() throws Exception {
		String token = ApiTokens.issue(this.mvc, this.users, "auditor");
		int cases = this.jdbc.queryForObject("SELECT count(*) FROM negotiation_case WHERE team_id = ?", Integer.class,
				this.team);
		assertThat(cases).as("other cases to export").isGreaterThan(1);

		MockHttpServletResponse asked = this.mvc
			.perform(post("/api/v1/exports").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"teamId\":" + this.team + ",\"from\":\"2000-01-01\",\"to\":\"2100-12-31\"}"))
			.andReturn()
			.getResponse();
		assertThat(asked.getStatus()).isEqualTo(202);
		long id = JSON.readTree(asked.getContentAsString()).path("id").asLong();
		assertThat(this.runner.awaitQueued(Duration.ofMinutes(3))).isTrue();

		JsonNode export = JSON.readTree(
				this.mvc.perform(get("/api/v1/exports/{id}", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(export.path("status").asString()).isEqualTo("READY");
		assertThat(export.path("done").asInt()).isEqualTo(cases);
		assertThat(export.path("failed")).hasSize(1);
		JsonNode failed = export.path("failed").get(0);
		assertThat(failed.path("caseId").asLong()).isEqualTo(this.caseId);
		assertThat(failed.path("reason").asString()).isEqualTo("INTEGRITY_FAILURE");
		assertThat(failed.path("files").toString()).contains("acta-firmada.pdf", "puesto.pdf");
		assertThat(failures(this.scan, "auditor")).isOne();
		assertThat(failures(this.photo, "auditor")).isOne();

		// The progress page says which case was left out and why.
		String progress = HtmlUtils.htmlUnescape(
				this.mvc.perform(get("/exports/{id}/progress", id).param("lang", "en").with(as(this.users, "auditor")))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(progress).contains("Cases left out",
				"Case " + this.caseId + " was left out: acta-firmada.pdf, puesto.pdf changed after it was uploaded.",
				"Download (" + (cases - 1) + " cases)");

		// The file holds every other case's dossier, valid, and a summary naming the one
		// left out.
		byte[] bytes = this.mvc
			.perform(get("/api/v1/exports/{id}/file", id).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Path bulk = this.dir.resolve("bulk.zip");
		Files.write(bulk, bytes);
		List<String> dossiers = new ArrayList<>();
		JsonNode summary = null;
		try (ZipFile zip = new ZipFile(bulk.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					if (entry.getName().equals("export-summary.json")) {
						summary = JSON.readTree(in);
						continue;
					}
					Path dossier = this.dir.resolve(entry.getName());
					Files.copy(in, dossier);
					assertThat(DossierVerifierTest.verify(dossier).out()).as(entry.getName()).startsWith("VALID");
					dossiers.add(entry.getName());
				}
			}
		}
		assertThat(dossiers).hasSize(cases - 1).doesNotContain("case-" + this.caseId + ".zip");
		assertThat(summary).isNotNull();
		assertThat(summary.path("exported")).hasSize(cases - 1);
		assertThat(summary.path("failed")).hasSize(1);
		JsonNode left = summary.path("failed").get(0);
		assertThat(left.path("case").asLong()).isEqualTo(this.caseId);
		assertThat(left.path("reason").asString()).isEqualTo("INTEGRITY_FAILURE");
		assertThat(left.path("message").asString())
			.isEqualTo("Case " + this.caseId + " was left out: acta-firmada.pdf, puesto.pdf changed after it was "
					+ "uploaded. The integrity failure has been recorded; tell your security contact.");
		assertThat(left.path("files").get(0).path("documentId").asLong()).isEqualTo(this.scan);
	}

	private long attach(long agreement, String name, byte[] bytes) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(multipart("/agreements/" + agreement + "/attachments")
				.file(new MockMultipartFile("file", name, "application/pdf", bytes))
				.param("kind", "SIGNED_SCAN")
				.with(as(this.users, "field.mx"))
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(name).isEqualTo(302);
		return this.jdbc.queryForObject("""
				SELECT max(a.document_id) FROM agreement_attachment a JOIN stored_document d ON d.id = a.document_id
				WHERE a.agreement_id = ? AND d.filename = ?""", Long.class, agreement, name);
	}

	/** Changes the stored bytes behind Parley's back: one byte more at the end. */
	private void tamper(long document, byte[] original) {
		byte[] changed = java.util.Arrays.copyOf(original, original.length + 1);
		changed[original.length] = '\n';
		assertThat(this.jdbc.update("UPDATE stored_document SET content = ? WHERE id = ?", changed, document)).isOne();
	}

	private long failures(long document, String actor) {
		return this.jdbc.queryForObject("""
				SELECT count(*) FROM audit_entry
				WHERE action = 'INTEGRITY_FAILURE' AND entity_type = 'StoredDocument' AND entity_id = ? AND actor = ?
				  AND case_id = ?""", Long.class, Long.toString(document), actor, this.caseId);
	}

	private long exportEntries() {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND entity_type = 'NegotiationCase' "
						+ "AND entity_id = ?",
				Long.class, Long.toString(this.caseId));
	}

}
