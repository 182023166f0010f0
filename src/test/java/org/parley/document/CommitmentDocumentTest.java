package org.parley.document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A group's humanitarian commitment may carry its document: stored with its SHA-256,
 * given back as an attachment, and only if it really is a PDF or an image.
 */
@IntegrationTest
class CommitmentDocumentTest {

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Test
	void aSignedDeedIsStoredWithItsChecksumAndDownloadedAsAnAttachment() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long group = jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Barrio Once'", Long.class);
		byte[] pdf = "%PDF-1.4\n% a signed deed\n".getBytes(StandardCharsets.US_ASCII);
		this.mvc
			.perform(multipart("/armed-groups/" + group + "/commitments")
				.file(new MockMultipartFile("document", "deed.pdf", "application/pdf", pdf))
				.param("madeOn", "2020-05-01")
				.param("kind", "DEED_OF_COMMITMENT")
				.param("theme", "health-care")
				.param("source", "Signed copy")
				.with(as(this.users, "field.sv"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		Long documentId = jdbc.queryForObject(
				"SELECT document_id FROM armed_group_commitment WHERE group_id = ? AND source = 'Signed copy'",
				Long.class, group);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
		assertThat(jdbc.queryForObject("SELECT sha256 FROM stored_document WHERE id = ?", String.class, documentId))
			.isEqualTo(sha256);
		this.mvc.perform(get("/documents/" + documentId).with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("X-Checksum-SHA256", sha256))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andExpect(content().bytes(pdf));
	}

	@Test
	void aPageDisguisedAsAPdfIsRefusedAndNothingIsAdded() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long group = jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Mara Norte'", Long.class);
		long before = jdbc.queryForObject("SELECT count(*) FROM armed_group_commitment WHERE group_id = ?", Long.class,
				group);
		this.mvc
			.perform(multipart("/armed-groups/" + group + "/commitments")
				.file(new MockMultipartFile("document", "deed.pdf", "application/pdf",
						"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
				.param("madeOn", "2020-05-01")
				.param("kind", "DEED_OF_COMMITMENT")
				.param("theme", "health-care")
				.param("source", "Disguised")
				.with(as(this.users, "field.sv"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("content is not what its name or type says")))
			.andExpect(content().string(containsString("value=\"Disguised\"")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM armed_group_commitment WHERE group_id = ?", Long.class,
				group))
			.isEqualTo(before);
	}

	@Test
	void aFileOverTenMegabytesIsRefusedWithAPageThatSaysSo() throws Exception {
		long group = new JdbcTemplate(this.dataSource)
			.queryForObject("SELECT id FROM armed_group WHERE name = 'Mara Norte'", Long.class);
		byte[] big = new byte[Documents.MAX_BYTES + 1];
		big[0] = '%';
		this.mvc
			.perform(multipart("/armed-groups/" + group + "/commitments")
				.file(new MockMultipartFile("document", "scan.pdf", "application/pdf", big))
				.param("madeOn", "2020-05-01")
				.param("kind", "DEED_OF_COMMITMENT")
				.param("theme", "health-care")
				.param("source", "Too big")
				.with(as(this.users, "field.sv"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is larger than 10 MB.")));
	}

	@Test
	void anUploadOverTheRequestLimitIsSentToAPageThatExplains() throws Exception {
		byte[] body = new byte[13 * 1024 * 1024];
		java.net.http.HttpResponse<Void> refused = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/armed-groups/1/commitments"))
				.header("Content-Type", "multipart/form-data; boundary=xyz")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
		assertThat(refused.statusCode()).isEqualTo(303);
		assertThat(refused.headers().firstValue("Location")).hasValue("/upload-too-large");
		org.parley.support.Browserless browser = new org.parley.support.Browserless(this.port);
		browser.signIn("field.mx", "parley-demo");
		java.net.http.HttpResponse<String> page = browser.get("/upload-too-large?lang=en");
		assertThat(page.statusCode()).isEqualTo(413);
		assertThat(page.body()).contains("larger than 10 MB, so nothing was saved");
	}

	@Test
	void anUnknownDocumentIsNotFound() throws Exception {
		this.mvc.perform(get("/documents/987654321").with(as(this.users, "field.mx"))).andExpect(status().isNotFound());
	}

}
