package org.parley.dossier.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.audit.AuditHashes;
import org.parley.dossier.CaseDossierContent;
import org.parley.dossier.DossierRequest;
import org.parley.negotiation.CaseAccess;
import org.parley.protection.FieldSealer;
import org.parley.protection.Sealed;
import org.parley.protection.SealedColumn;
import org.parley.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content of a demo case's dossier, made for the demo auditor: the JSON holds what
 * the database holds, entry by entry, and validates against its schema; the PDF is in
 * Spanish with labels, translated choices, Spanish dates and page numbers, and its fonts
 * embedded; no real name of an interlocutor appears anywhere.
 */
@IntegrationTest
class CaseDossierContentTest {

	private static final String AMBULANCE = "Ambulance safe passage";

	private static final String CLINIC = "Mobile clinic access";

	@Autowired
	CaseDossierContent content;

	@Autowired
	CaseAccess access;

	@Autowired
	FieldSealer sealer;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	MessageSource messages;

	private DossierFixture dossiers;

	private JdbcTemplate jdbc;

	@BeforeEach
	void setUp() {
		this.dossiers = new DossierFixture(this.content, this.access, this.users, this.dataSource);
		this.jdbc = this.dossiers.jdbc();
	}

	@Test
	void theJsonHoldsTheCaseAsTheDatabaseHoldsItEntryByEntry() throws IOException {
		for (String title : List.of(AMBULANCE, CLINIC)) {
			long caseId = this.dossiers.caseId(title);
			JsonNode json = json(this.dossiers.files(request(caseId, "es")));

			assertThat(json.path("case").path("id").asLong()).isEqualTo(caseId);
			assertThat(json.path("case").path("title").asString()).startsWith(title);
			assertThat(json.path("steps")).hasSize(9);
			List<String> transfers = new ArrayList<>();
			json.path("transfers")
				.forEach((t) -> transfers.add(t.path("kind").asString() + " " + t.path("status").asString() + " "
						+ (t.path("refusal").isNull() ? "-" : t.path("refusal").asString())));
			assertThat(transfers).as("what the case gave (decision 0026)")
				.isEqualTo(AMBULANCE.equals(title) ? List.of("CASH REFUSED PAYMENT_FOR_ACCESS", "FUEL APPROVED -")
						: List.of("COMMUNICATION_CREDIT APPROVED -"));

			List<String> entries = new ArrayList<>();
			for (JsonNode e : json.path("auditEntries")) {
				entries.add(e.path("seq").asLong() + "|" + e.path("caseSeq").asInt() + "|" + e.path("hash").asString()
						+ "|" + e.path("prevHash").asString() + "|" + e.path("casePrevHash").asString() + "|"
						+ e.path("actor").asString() + "|" + e.path("action").asString() + "|"
						+ e.path("entityType").asString() + "|" + e.path("entityId").asString());
				assertThat(hash(e)).as("hash of entry %s recomputed from the JSON", e.path("seq"))
					.isEqualTo(e.path("hash").asString());
			}
			assertThat(entries).as("the case's audit entries")
				.isNotEmpty()
				.containsExactlyElementsOf(this.jdbc.query("""
						SELECT seq, case_seq, hash, prev_hash, case_prev_hash, actor, action, entity_type, entity_id
						FROM audit_entry WHERE case_id = ? ORDER BY case_seq""",
						(rs, n) -> rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|" + rs.getString(4)
								+ "|" + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getString(7) + "|"
								+ rs.getString(8) + "|" + rs.getString(9),
						caseId));

			List<String> rounds = new ArrayList<>();
			json.path("steps")
				.get(5)
				.path("content")
				.path("rounds")
				.forEach((r) -> rounds.add(r.path("id").asLong() + "|" + r.path("content").path("heldOn").asString()
						+ "|" + r.path("content").path("channel").asString() + "|"
						+ r.path("content").path("outcome").asString("")));
			// The auditor reads a strictly confidential round's date and channel, not
			// what was
			// said (decision 0022): its outcome is redacted.
			assertThat(rounds).as("rounds")
				.isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(this.jdbc.query(
						"SELECT id, held_on, channel, outcome, team_id, classification FROM negotiation_round "
								+ "WHERE case_id = ?",
						(rs, n) -> rs.getLong(1) + "|" + rs.getObject(2, LocalDate.class) + "|" + rs.getString(3) + "|"
								+ ("STRICTLY_CONFIDENTIAL".equals(rs.getString(6)) ? ""
										: Objects.toString(this.sealer.text(rs.getLong(5),
												SealedColumn.of("negotiation_round", "outcome"),
												Sealed.stored(rs.getString(4))), "")),
						caseId));
			long strict = this.jdbc.queryForObject(
					"SELECT count(*) FROM negotiation_round WHERE case_id = ? AND classification = 'STRICTLY_CONFIDENTIAL'",
					Long.class, caseId);
			assertThat(json.path("withheld").path("rounds").asLong()).as("rounds said withheld").isEqualTo(strict);

			List<String> versions = new ArrayList<>();
			List<String> commitments = new ArrayList<>();
			List<String> checks = new ArrayList<>();
			for (JsonNode agreement : json.path("agreements")) {
				for (JsonNode v : agreement.path("agreement").path("versions")) {
					versions.add(v.path("id").asLong() + "|" + v.path("versionNo").asInt() + "|"
							+ v.path("status").asString() + "|" + v.path("content").path("title").asString() + "|"
							+ v.path("reviewComment").asString(""));
					for (JsonNode c : v.path("content").path("commitments")) {
						commitments.add(v.path("id").asLong() + "|" + c.path("key").asString() + "|"
								+ c.path("owedBy").asString() + "|" + c.path("category").asString() + "|"
								+ c.path("recurrence").asString());
					}
				}
				for (JsonNode c : agreement.path("checks")) {
					checks.add(c.path("id").asLong() + "|" + c.path("dueOn").asString() + "|"
							+ c.path("result").asString("") + "|" + c.path("commitmentKey").asString());
				}
			}
			assertThat(versions).as("agreement versions")
				.isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(
						this.jdbc.query("""
								SELECT v.id, v.version_no, v.status, v.title, v.review_comment FROM agreement_version v
								JOIN agreement a ON a.id = v.agreement_id WHERE a.case_id = ?""",
								(rs, n) -> rs.getLong(1) + "|" + rs.getInt(2) + "|" + rs.getString(3) + "|"
										+ rs.getString(4) + "|" + ((rs.getString(5) != null) ? rs.getString(5) : ""),
								caseId));
			assertThat(commitments).as("commitments of every version")
				.isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(this.jdbc.query("""
						SELECT c.agreement_version_id, c.commitment_key, c.owed_by, c.category, c.recurrence
						FROM agreement_commitment c JOIN agreement_version v ON v.id = c.agreement_version_id
						JOIN agreement a ON a.id = v.agreement_id WHERE a.case_id = ?""", (rs, n) -> rs.getLong(1) + "|"
						+ rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5),
						caseId));
			assertThat(checks).as("compliance checks")
				.isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(this.jdbc
					.query("SELECT id, due_on, result, commitment_key FROM compliance_check WHERE case_id = ?",
							(rs, n) -> rs.getLong(1) + "|" + rs.getObject(2, LocalDate.class) + "|"
									+ ((rs.getString(3) != null) ? rs.getString(3) : "") + "|" + rs.getString(4),
							caseId));

			List<String> measurements = new ArrayList<>();
			json.path("measurements")
				.forEach((m) -> m.path("measurements")
					.forEach((x) -> measurements.add(x.path("id").asLong() + "|" + x.path("moeId").asLong() + "|"
							+ x.path("content").path("measuredOn").asString() + "|"
							+ x.path("content").path("value").decimalValue().stripTrailingZeros().toPlainString())));
			assertThat(measurements).as("measurements")
				.isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(
						this.jdbc.query("SELECT id, moe_id, measured_on, value FROM moe_measurement WHERE case_id = ?",
								(rs, n) -> rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getObject(3, LocalDate.class)
										+ "|" + rs.getBigDecimal(4).stripTrailingZeros().toPlainString(),
								caseId));

			List<String> incidents = new ArrayList<>();
			json.path("incidents")
				.forEach((i) -> incidents.add(i.path("id").asLong() + "|" + i.path("type").asString() + "|"
						+ i.path("occurredOn").asString()));
			assertThat(incidents).as("incidents")
				.containsExactlyInAnyOrderElementsOf(this.jdbc.query(
						// Strictly confidential incidents reach only dossiers of those
						// who may
						// read them (decision 0022; another test may have raised one)
						"SELECT id, type, occurred_on FROM security_incident WHERE case_id = ? "
								+ "AND classification <> 'STRICTLY_CONFIDENTIAL'",
						(rs, n) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getObject(3, LocalDate.class),
						caseId));
		}
	}

	@Test
	void theJsonValidatesAgainstItsSchema() throws IOException {
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(resource(CaseDossierContentService.SCHEMA), InputFormat.JSON);
		for (String title : List.of(AMBULANCE, CLINIC, "Protection of the valley")) {
			Map<String, byte[]> files = this.dossiers.files(request(this.dossiers.caseId(title), "en"));
			assertThat(new String(files.get("case.schema.json"), StandardCharsets.UTF_8))
				.isEqualTo(resource(CaseDossierContentService.SCHEMA));
			List<Error> errors = schema.validate(new String(files.get("case.json"), StandardCharsets.UTF_8),
					InputFormat.JSON);
			assertThat(errors).as(title).isEmpty();
		}
		assertThat(schema.validate("{\"format\": \"parley-case-dossier\"}", InputFormat.JSON)).isNotEmpty();
	}

	@Test
	void theSchemaInTheDocsIsTheOneShipped() throws IOException {
		assertThat(Files.readString(Path.of("docs/dossier/case.schema.json")))
			.isEqualTo(resource(CaseDossierContentService.SCHEMA));
	}

	@Test
	void thePdfIsInFrenchWhenAskedInFrench() throws IOException {
		long caseId = this.dossiers.caseId(AMBULANCE);
		String text = text(this.dossiers.files(request(caseId, "fr")).get("case.pdf")).replaceAll("\\s+", " ");
		LocalDate firstRound = this.jdbc.queryForObject("SELECT min(held_on) FROM negotiation_round WHERE case_id = ?",
				LocalDate.class, caseId);

		assertThat(text).contains("Dossier du cas", "Analyse du conflit", "Séances de négociation", "Page 1 sur ",
				"Période couverte", "Historique",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH).format(firstRound));
		assertThat(text).as("a choice by its French label").contains("Passage sûr");
		String question = this.jdbc.queryForObject("""
				SELECT q.text_fr FROM guiding_question q
				JOIN guiding_question_set s ON s.id = q.set_id
				JOIN negotiation_case c ON c.question_set_version = s.version_no
				WHERE c.id = ? AND q.step = 'CONFLICT_ANALYSIS' AND q.position = 1""", String.class, caseId);
		assertThat(text).as("a guiding question in French").contains(question.substring(0, 25));
	}

	@Test
	void thePdfIsInSpanishWithLabelsChoicesDatesAndPageNumbers() throws IOException {
		long caseId = this.dossiers.caseId(AMBULANCE);
		Map<String, byte[]> files = this.dossiers.files(request(caseId, "es"));
		String text = text(files.get("case.pdf")).replaceAll("\\s+", " ");
		LocalDate firstRound = this.jdbc.queryForObject("SELECT min(held_on) FROM negotiation_round WHERE case_id = ?",
				LocalDate.class, caseId);
		String spanishDate = DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es"))
			.format(firstRound);

		assertThat(text).contains("Expediente del caso", "Análisis del conflicto", "Rondas de negociación",
				"Página 1 de ", "Periodo cubierto", "Historial", spanishDate);
		assertThat(text).as("a choice by its Spanish label").contains("Paso seguro");
		Locale es = Locale.forLanguageTag("es");
		assertThat(text).as("the demo's transfers, in words")
			.contains(this.messages.getMessage("transfer.list", null, es),
					this.messages.getMessage("agreement.TransferKind.FUEL", null, es),
					this.messages.getMessage("agreement.TransferStatus.APPROVED", null, es),
					this.messages.getMessage("transfer.field.legalBasis", null, es));
		assertThat(text).as("the strictly confidential round, redacted for the auditor, and said so on the cover")
			.contains("Oculto: estrictamente confidencial", "Retenido", "1 ronda(s) estrictamente")
			.doesNotContain("A written note of the rules");
		assertThat(text).as("a step's state").contains("hecho");
		List<String> actions = this.jdbc.queryForList("SELECT DISTINCT action FROM audit_entry WHERE case_id = ?",
				String.class, caseId);
		assertThat(actions).isNotEmpty();
		for (String action : actions) {
			assertThat(text).as("the history's actions in words")
				.contains(this.messages.getMessage("audit.action." + action, null, Locale.forLanguageTag("es")));
		}
		assertThat(text).as("no machine code").doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");
		assertThat(text).doesNotContain("NegotiationCase", "IN_FORCE", "SAFE_PASSAGE", "createdAt");
		try (PDDocument pdf = Loader.loadPDF(files.get("case.pdf"))) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}
			assertThat(fonts).isNotEmpty()
				.allSatisfy((font) -> assertThat(font.isEmbedded()).as(font.getName()).isTrue())
				.allSatisfy((font) -> assertThat(font.getName()).contains("DejaVuSans"));
		}
	}

	@Test
	void thePdfIsInEnglishForAnEnglishReader() throws IOException {
		String text = text(this.dossiers.files(request(this.dossiers.caseId(CLINIC), "en")).get("case.pdf"));
		assertThat(text).contains("Case dossier", "Conflict analysis", "Page 1 of ", "Safe passage");
		assertThat(text).doesNotContain("Expediente del caso");
	}

	@Test
	void anAuditorsDossierHoldsNoRealNameOfAnInterlocutor() throws IOException {
		List<String> realNames = this.jdbc.queryForList(
				"SELECT real_name FROM interlocutor WHERE real_name IS NOT NULL AND length(real_name) > 3",
				String.class);
		assertThat(realNames).as("the demo has interlocutors with real names").isNotEmpty();
		for (String title : List.of(AMBULANCE, CLINIC, "Protection of the valley")) {
			Map<String, byte[]> files = this.dossiers.files(request(this.dossiers.caseId(title), "es"));
			StringBuilder everything = new StringBuilder(text(files.get("case.pdf")));
			files.forEach((path, bytes) -> {
				if (!path.endsWith(".pdf")) {
					everything.append(new String(bytes, StandardCharsets.UTF_8));
				}
			});
			assertThat(everything.toString()).as(title).doesNotContain(realNames);
			JsonNode json = json(files);
			assertThat(json.path("interlocutors"))
				.allSatisfy((i) -> assertThat(i.path("codeName").asString()).isNotBlank());
		}
	}

	@Test
	void theCsvFilesHoldTheRoundsAndTheHistoryWithAByteOrderMark() throws IOException {
		long caseId = this.dossiers.caseId(AMBULANCE);
		Map<String, byte[]> files = this.dossiers.files(request(caseId, "es"));
		assertThat(files).containsKeys(CsvTables.ROUNDS, CsvTables.COMMITMENTS, CsvTables.CHECKS, CsvTables.SCORES,
				CsvTables.MEASUREMENTS, CsvTables.INCIDENTS, CsvTables.HISTORY);
		String rounds = new String(files.get(CsvTables.ROUNDS), StandardCharsets.UTF_8);
		assertThat(rounds).startsWith("\uFEFFid,number,content.heldOn,content.channel");
		long count = this.jdbc.queryForObject("SELECT count(*) FROM negotiation_round WHERE case_id = ?", Long.class,
				caseId);
		assertThat(rounds.lines().filter((l) -> l.matches("^\\d+,\\d+,\\d{4}-\\d{2}-\\d{2},.*"))).hasSize((int) count);
		String history = new String(files.get(CsvTables.HISTORY), StandardCharsets.UTF_8);
		long entries = this.jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE case_id = ?", Long.class,
				caseId);
		assertThat(history.lines().filter((l) -> l.matches("^\\d+,\\d{4}-.*"))).hasSize((int) entries);
	}

	@Test
	void theClinicsDisputeIsInTheJsonTheCsvAndTheSpanishPdfWithItsContacts() throws IOException {
		long caseId = this.dossiers.caseId(CLINIC);
		Map<String, byte[]> files = this.dossiers.files(request(caseId, "es"));
		List<String> disputes = new ArrayList<>();
		json(files).path("agreements")
			.forEach((a) -> a.path("disputes")
				.forEach((d) -> disputes.add(d.path("id").asLong() + "|" + d.path("state").asString() + "|"
						+ d.path("mechanism").asString() + "|" + d.path("contacts").size())));
		assertThat(disputes).as("every dispute of the case's agreements, with its contacts")
			.isNotEmpty()
			.containsExactlyInAnyOrderElementsOf(this.jdbc.query("""
					SELECT d.id, d.state, d.mechanism,
					       (SELECT count(*) FROM agreement_dispute_contact c WHERE c.dispute_id = d.id)
					FROM agreement_dispute d WHERE d.case_id = ?""",
					(rs, n) -> rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getLong(4),
					caseId));
		assertThat(disputes).as("the demo's dispute settled by the mediator")
			.anyMatch((d) -> d.contains("|SETTLED|NEUTRAL_MEDIATOR|"));
		String csv = new String(files.get(CsvTables.DISPUTES), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFid,agreementId,caseId").contains("SETTLED", "NEUTRAL_MEDIATOR");
		String pdf = text(files.get("case.pdf")).replaceAll("\\s+", " ");
		Locale es = Locale.forLanguageTag("es");
		assertThat(pdf).contains(this.messages.getMessage("agreement.dispute.title", null, es),
				this.messages.getMessage("agreement.DisputeState.SETTLED", null, es),
				this.messages.getMessage("agreement.dispute.field.contacts", null, es));
		assertThat(pdf).as("no machine code").doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");
	}

	private DossierRequest request(long caseId, String language) {
		return this.dossiers.request("auditor", caseId, Locale.forLanguageTag(language));
	}

	private static JsonNode json(Map<String, byte[]> files) {
		return CaseJson.MAPPER.readTree(files.get("case.json"));
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String resource(String path) throws IOException {
		try (var in = CaseDossierContentTest.class.getClassLoader().getResourceAsStream(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The entry's hash recomputed from the JSON alone, as an offline verifier does. */
	private static String hash(JsonNode e) {
		return AuditHashes.hash(e.path("seq").asLong(), Instant.parse(e.path("occurredAt").asString()),
				e.path("actor").asString(null), e.path("action").asString(), e.path("entityType").asString(null),
				e.path("entityId").asString(null), e.path("teamId").isNull() ? null : e.path("teamId").asLong(),
				e.path("changes").asString(), e.path("reason").asString(null), e.path("prevHash").asString(),
				e.path("caseId").isNull() ? null : e.path("caseId").asLong(),
				e.path("caseSeq").isNull() ? null : e.path("caseSeq").asInt(), e.path("casePrevHash").asString(null));
	}

}
