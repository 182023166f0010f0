package org.parley.agreement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The signed scan and photos of an agreement, and the files recorded with a compliance
 * check: stored with their SHA-256, attached by the team's field officers only, read by
 * HQ and auditors, not found by another team; a refused file is named at its field and
 * nothing typed is lost.
 */
class AgreementAttachmentsTest extends AgreementIntegrationTest {

	private static final byte[] PDF = "%PDF-1.4\n% signed by both parties\n".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 };

	private JdbcTemplate jdbc;

	private long agreementId;

	@BeforeEach
	void anAgreementInForce() throws Exception {
		this.jdbc = new JdbcTemplate(this.dataSource);
		long caseId = AgreementFixtures.aCaseAtTheAgreementStep(this.mvc, this.users, this.jdbc);
		this.agreementId = AgreementFixtures.inForce(this.workflow, this.agreements, this.users, caseId,
				LocalDate.of(2026, 10, 1), null, Recurrence.MONTHLY, 5);
	}

	@AfterEach
	void retireTheAgreement() {
		AgreementFixtures.retire(this.jdbc, this.agreementId);
	}

	@Test
	void aSignedScanIsStoredWithItsChecksumListedAndReadByHqAndAuditors() throws Exception {
		this.mvc
			.perform(attach("field.mx", "signed.pdf", PDF).param("kind", "SIGNED_SCAN")
				.param("caption", "Signed at the parish, both copies"))
			.andExpect(status().is3xxRedirection());
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
		long document = this.jdbc.queryForObject(
				"SELECT a.document_id FROM agreement_attachment a JOIN stored_document d ON d.id = a.document_id "
						+ "WHERE a.agreement_id = ? AND a.kind = 'SIGNED_SCAN' AND d.sha256 = ?",
				Long.class, this.agreementId, sha256);
		for (String reader : new String[] { "hq", "auditor", "field.mx" }) {
			this.mvc.perform(get("/agreements/" + this.agreementId).param("lang", "en").with(as(this.users, reader)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("signed.pdf"), containsString("Signed scan"),
						containsString("Signed at the parish, both copies"), containsString("title=\"" + sha256 + "\""),
						containsString(sha256.substring(0, 12) + "…"), containsString("by Mateo Ramírez on"),
						containsString("/documents/" + document))));
			this.mvc.perform(get("/documents/" + document).with(as(this.users, reader)))
				.andExpect(status().isOk())
				.andExpect(header().string("X-Checksum-SHA256", sha256))
				.andExpect(content().bytes(PDF));
		}
		// Only the team's field officers see the form.
		this.mvc.perform(get("/agreements/" + this.agreementId).with(as(this.users, "auditor")))
			.andExpect(content().string(not(containsString("attach-form"))));
		this.mvc.perform(get("/agreements/" + this.agreementId).with(as(this.users, "field.mx")))
			.andExpect(content().string(containsString("attach-form")));
	}

	@Test
	void anotherTeamFindsNeitherTheAgreementNorItsFilesAndTheAuditorCannotAttach() throws Exception {
		this.mvc.perform(attach("field.mx", "signed.pdf", PDF).param("kind", "SIGNED_SCAN"))
			.andExpect(status().is3xxRedirection());
		long document = this.jdbc.queryForObject("SELECT document_id FROM agreement_attachment WHERE agreement_id = ?",
				Long.class, this.agreementId);
		this.mvc.perform(get("/documents/" + document).with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/agreements/" + this.agreementId).with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		this.mvc.perform(attach("field.sv", "photo.png", PNG).param("kind", "PHOTO")).andExpect(status().isNotFound());
		this.mvc.perform(attach("auditor", "photo.png", PNG).param("kind", "PHOTO")).andExpect(status().isForbidden());
		this.mvc.perform(attach("hq", "photo.png", PNG).param("kind", "PHOTO")).andExpect(status().isForbidden());
		assertThat(attachments()).isOne();
	}

	@Test
	void aRefusedFileIsNamedAtItsFieldAndTheCaptionTypedStays() throws Exception {
		this.mvc
			.perform(attach("field.mx", "scan.pdf", "<html><script>alert(1)</script></html>".getBytes())
				.param("kind", "PHOTO")
				.param("caption", "Typed before the refusal"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("content is not what its name or type says"),
					containsString("value=\"Typed before the refusal\""), containsString("is-invalid"))));
		this.mvc.perform(attach("field.mx", "empty.pdf", new byte[0]).param("kind", "PHOTO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is empty.")));
		this.mvc
			.perform(multipart("/agreements/" + this.agreementId + "/attachments").param("kind", "PHOTO")
				.param("lang", "en")
				.with(as(this.users, "field.mx"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a file.")));
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		big[0] = '%';
		this.mvc.perform(attach("field.mx", "huge.pdf", big).param("kind", "SIGNED_SCAN"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The file is larger than 10 MB.")));
		assertThat(attachments()).isZero();
	}

	@Test
	void aCheckIsRecordedWithAPhotoAndFoldedAwayOnceRecorded() throws Exception {
		long check = aCheckDueOnTheFifthOfOctober();
		// A refused file refuses the whole record; what was typed stays in the check's
		// form.
		this.mvc
			.perform(recordCheck(check,
					new MockMultipartFile("attachments", "door.png", "image/png",
							"GIF89a not a png".getBytes(StandardCharsets.US_ASCII))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("content is not what its name or type says"),
					containsString("id=\"attachments-" + check + "-error\""),
					containsString("value=\"Armed men stood at the clinic door\""),
					containsString("value=\"2026-10-06\""))));
		assertThat(this.jdbc.queryForObject("SELECT result FROM compliance_check WHERE id = ?", String.class, check))
			.isNull();
		this.mvc.perform(recordCheck(check, new MockMultipartFile("attachments", "door.png", "image/png", PNG)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM compliance_check_attachment WHERE check_id = ? AND agreement_id = ?", Long.class,
				check, this.agreementId))
			.isOne();
		this.mvc.perform(get("/agreements/" + this.agreementId).param("lang", "en").with(as(this.users, "hq")))
			.andExpect(content().string(
					allOf(containsString("<details class=\"recorded-checks\">"), containsString("Recorded checks (1)"),
							containsString("door.png"), containsString("Armed men stood at the clinic door"))));
	}

	@Test
	void aCheckRecordedWithoutFilesNeedsNone() throws Exception {
		long check = aCheckDueOnTheFifthOfOctober();
		// A browser sends an empty part for a file input left empty.
		this.mvc
			.perform(recordCheck(check,
					new MockMultipartFile("attachments", "", "application/octet-stream", new byte[0])))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("SELECT result FROM compliance_check WHERE id = ?", String.class, check))
			.isEqualTo("VIOLATED");
	}

	private long aCheckDueOnTheFifthOfOctober() {
		this.schedule.scheduleChecks(this.agreementId, LocalDate.of(2026, 10, 30));
		return this.jdbc.queryForObject(
				"SELECT id FROM compliance_check WHERE agreement_id = ? AND due_on = '2026-10-05'", Long.class,
				this.agreementId);
	}

	private MockMultipartHttpServletRequestBuilder recordCheck(long check, MockMultipartFile file) {
		MockMultipartHttpServletRequestBuilder request = multipart(
				"/agreements/" + this.agreementId + "/checks/" + check);
		request.file(file)
			.param("lang", "en")
			.param("version", "0")
			.param("result", "VIOLATED")
			.param("checkedOn", "2026-10-06")
			.param("evidence", "Armed men stood at the clinic door")
			.with(as(this.users, "field.mx"))
			.with(csrf());
		return request;
	}

	private MockMultipartHttpServletRequestBuilder attach(String user, String filename, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/agreements/" + this.agreementId + "/attachments");
		request.file(new MockMultipartFile("file", filename, "application/pdf", content))
			.param("lang", "en")
			.with(as(this.users, user))
			.with(csrf());
		return request;
	}

	private long attachments() {
		return this.jdbc.queryForObject("SELECT count(*) FROM agreement_attachment WHERE agreement_id = ?", Long.class,
				this.agreementId);
	}

}
