package org.parley.access;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.audit.AuditDescriptions;
import org.parley.audit.AuditQueries;
import org.parley.audit.DescribedEntry;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Access constraints: the severity of each area by month as HQ compares it (values, the
 * trend of the last two rated months, a month not rated left empty), rated once and then
 * corrected against its version, bad input refused next to its field or as a problem
 * detail, each team's records hidden from the other, and the same table through the API.
 * Each test rates an area of its own (a region named for it), so that no other test's
 * ratings change what it reads.
 */
@IntegrationTest
class AccessConstraintsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	AccessSeverities severities;

	@Autowired
	AccessConstraints constraints;

	@Autowired
	AuditQueries audit;

	@Autowired
	AuditDescriptions descriptions;

	private JdbcTemplate jdbc;

	private YearMonth now;

	private String region;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.now = this.severities.thisMonth();
		this.region = "Región " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void hqSeesEachAreasSeverityByMonthWithItsTrendAndAnEmptyMonthLeftEmpty() throws Exception {
		rate("field.mx", "MX", this.now.minusMonths(3), 1, "Checkpoints on the road");
		rate("field.mx", "MX", this.now.minusMonths(2), 3, "The clinic turned back");
		rate("field.mx", "MX", this.now, 2, "Visits again, with delays");

		SeverityTable table = this.severities.table(this.now.minusMonths(3), this.now, "MX", null, 100, user("hq"));

		SeverityTable.Row row = row(table, this.region);
		assertThat(table.months()).containsExactly(this.now.minusMonths(3), this.now.minusMonths(2),
				this.now.minusMonths(1), this.now);
		assertThat(row.cells()).extracting(SeverityTable.Cell::severity).containsExactly(1, 3, null, 2);
		assertThat(row.cells().get(1).reasons()).isEqualTo("The clinic turned back");
		assertThat(row.trend().direction()).isEqualTo(SeverityTable.Direction.BETTER);
		assertThat(row.trend().change()).isEqualTo(-1);
		assertThat(row.trend().from()).isEqualTo(this.now.minusMonths(2));
		assertThat(row.teamName()).isEqualTo("México – Guerrero");
		this.mvc.perform(get("/access").param("lang", "en").param("months", "6").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.region), containsString("Better (-1)"),
					containsString("3 Extreme"), containsString("Not rated"), containsString("<svg"))));
		this.mvc.perform(get("/access").param("lang", "es").param("country", "MX").with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Restricciones de acceso por zona y mes"), containsString(this.region),
						containsString("Mejora (-1)"), containsString("3 Extremas"), containsString("Sin calificar"))));
	}

	@Test
	void aMonthIsRatedOnceAndThenCorrectedAgainstItsVersion() {
		long id = rate("field.mx", "MX", this.now.minusMonths(1), 1, "Delays");
		SeverityForm again = form(null, "MX", this.now.minusMonths(1), 2, "Worse", null);
		assertThatThrownBy(() -> this.severities.record(again, user("field.mx")))
			.isInstanceOf(ConcurrentEditException.class);
		SeverityForm read = this.severities.draft(null, new Area("MX", this.region, null), this.now.minusMonths(1),
				user("field.mx"));
		assertThat(read.severity()).isEqualTo(1);
		assertThat(read.version()).isZero();
		this.severities.record(form(null, "MX", this.now.minusMonths(1), 2, "Worse", 0L), user("field.mx"));
		assertThatThrownBy(() -> this.severities.record(form(null, "MX", this.now.minusMonths(1), 3, "Stale", 0L),
				user("field.mx")))
			.isInstanceOf(ConcurrentEditException.class);
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = 'AccessSeverity' "
				+ "AND entity_id = ? ORDER BY seq", String.class, Long.toString(id)))
			.containsExactly("CREATE", "UPDATE");
		assertThat(this.jdbc.queryForObject("SELECT reasons FROM access_severity WHERE id = ?", String.class, id))
			.startsWith("pk1:");
		// The history reads in words: the record by its place and month, the severity by
		// its label, the reasons written but never shown.
		List<DescribedEntry> history = this.descriptions.describe(
				this.audit.history("AccessSeverity", Long.toString(id), null, 10).items(), Locale.forLanguageTag("es"),
				user("auditor"));
		String words = history.stream()
			.map((entry) -> entry.kind() + " " + entry.record() + " "
					+ entry.changes().stream().map(Object::toString).collect(Collectors.joining(" ")))
			.collect(Collectors.joining("\n"));
		assertThat(words).contains("Gravedad del acceso en un mes", this.region, "Gravedad", "Moderadas", "Altas")
			.doesNotContain("Worse", "Delays", "pk1:");
	}

	@Test
	void badInputIsRefusedNextToItsFieldOnThePageAndAsAProblemInTheApi() throws Exception {
		this.mvc
			.perform(post("/access/severities").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("country", "MX")
				.param("region", this.region)
				.param("month", this.now.toString())
				.param("severity", "5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a severity from 0 to 3.")));
		this.mvc
			.perform(post("/access/severities").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "es")
				.param("country", "MX")
				.param("region", this.region)
				.param("month", this.now.plusMonths(1).toString())
				.param("severity", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No se puede calificar un mes que todavía no llega.")));
		this.mvc
			.perform(post("/access/constraints").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("country", "MX")
				.param("region", this.region)
				.param("startedOn", "2026-03-10")
				.param("endedOn", "2026-03-01")
				.param("category", "MOVEMENT_RESTRICTED")
				.param("subtype", "CHECKPOINT")
				.param("description", "Kept as typed"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("The end date is before the start date."), containsString("Kept as typed"))));
		this.mvc
			.perform(json(post("/api/v1/access/constraints"), "field.mx",
					constraint("2026-03-10", "2026-03-01", "CHECKPOINT", "[]")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:rule"));
		this.mvc
			.perform(json(post("/api/v1/access/constraints"), "field.mx",
					constraint("2026-03-10", null, "KIDNAPPING", "[]")))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(json(post("/api/v1/access/severity"), "field.mx",
					"""
							{"country": "MX", "region": "%s", "month": "%s", "severity": 4}""".formatted(this.region,
							this.now)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:validation"));
		this.mvc
			.perform(get("/api/v1/access/severity").param("from", this.now.toString())
				.param("to", this.now.minusMonths(2).toString())
				.with(as(this.users, "hq")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:validation"));
		this.mvc.perform(get("/api/v1/access/severity").param("from", "2026-13").with(as(this.users, "hq")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		// A year nobody means, in the period's filter or as the month rated: refused at
		// its field with the shared message (DateRangeTest sends dates in bodies only).
		for (String far : List.of("0000-01", "-0001-01", "+10000-01", "9999-12", "1000-01")) {
			this.mvc
				.perform(get("/api/v1/access/severity").param("to", far)
					.header("Accept-Language", "en")
					.with(as(this.users, "hq")))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("to"))
				.andExpect(jsonPath("$.errors[0].message")
					.value("Enter a date between 1 January 1900 and 31 December 2100."));
			this.mvc
				.perform(json(post("/api/v1/access/severity"), "field.mx", """
						{"country": "MX", "region": "%s", "month": "%s", "severity": 1}""".formatted(this.region, far))
					.header("Accept-Language", "en"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("month"))
				.andExpect(jsonPath("$.errors[0].message")
					.value("Enter a date between 1 January 1900 and 31 December 2100."));
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM access_constraint WHERE region = ?", Long.class,
				this.region))
			.isZero();
	}

	@Test
	void anotherTeamNeitherReadsNorChangesTheConstraintsAndSeveritiesOfAnArea() throws Exception {
		long mexico = teamId("México – Guerrero");
		rate("field.mx", "MX", this.now, 2, "Guerrero only");
		String created = this.mvc
			.perform(json(post("/api/v1/access/constraints"), "field.mx",
					constraint(this.now.atDay(1).toString(), null, "CHECKPOINT", "[]")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.description").value("Stopped at the bridge"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		long id = com.jayway.jsonpath.JsonPath.<Number>read(created, "$.id").longValue();

		this.mvc.perform(get("/api/v1/access/constraints/" + id).with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/access/constraints").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(this.region))));
		this.mvc.perform(get("/access").param("months", "12").with(as(this.users, "field.sv")))
			.andExpect(content().string(not(containsString(this.region))));
		this.mvc
			.perform(json(post("/api/v1/access/severity"), "field.sv",
					"""
							{"teamId": %d, "country": "MX", "region": "%s", "month": "%s", "severity": 0}"""
						.formatted(mexico, this.region, this.now)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("teamId"));
		// A case of the other team is not one a constraint may name.
		long salvador = this.jdbc.queryForObject(
				"SELECT id FROM negotiation_case WHERE title = 'Ambulance safe passage across the divided city'",
				Long.class);
		this.mvc
			.perform(json(post("/api/v1/access/constraints"), "field.mx",
					constraint(this.now.atDay(1).toString(), null, "CHECKPOINT", "[" + salvador + "]")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("caseIds"));
		// HQ reads across its teams; the auditor reads; neither records; an administrator
		// does not read.
		this.mvc.perform(get("/api/v1/access/constraints/" + id).with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.description").value("Stopped at the bridge"));
		this.mvc.perform(get("/access/constraints").param("lang", "en").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Stopped at the bridge"), containsString("Checkpoint"),
					not(containsString("Record an access constraint")))));
		this.mvc.perform(get("/access/severities/new").with(as(this.users, "hq"))).andExpect(status().isForbidden());
		this.mvc
			.perform(json(post("/api/v1/access/constraints"), "auditor",
					constraint("2026-03-10", null, "CHECKPOINT", "[]")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/access").with(as(this.users, "admin"))).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("SELECT description FROM access_constraint WHERE id = ?", String.class, id))
			.startsWith("pk1:");
	}

	@Test
	void aFieldOfficerRecordsAConstraintAndRatesAMonthOnThePages() throws Exception {
		long clinic = this.jdbc.queryForObject(
				"SELECT id FROM negotiation_case WHERE title = 'Mobile clinic access to eleven mountain villages'",
				Long.class);
		this.mvc
			.perform(post("/access/constraints").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("country", "MX")
				.param("region", this.region)
				.param("locality", "Puente viejo")
				.param("startedOn", this.now.atDay(1).toString())
				.param("category", "INTERFERENCE")
				.param("subtype", "TAXATION_OF_AID")
				.param("description", "A fee asked on every food parcel")
				.param("caseIds", Long.toString(clinic)))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/access/constraints").param("lang", "es").with(as(this.users, "field.mx")))
			.andExpect(content().string(allOf(containsString("A fee asked on every food parcel"),
					containsString("Cobro de cuotas sobre la ayuda"),
					containsString("Injerencia en la ejecución de las actividades humanitarias"),
					containsString(this.region + " – Puente viejo"),
					containsString("Mobile clinic access to eleven mountain villages"))));
		this.mvc
			.perform(post("/access/severities").with(as(this.users, "field.mx"))
				.with(csrf())
				.param("country", "MX")
				.param("region", this.region)
				.param("month", this.now.toString())
				.param("severity", "2")
				.param("reasons", "Fees on the parcels"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/access/severities/new").param("lang", "es")
				.param("country", "MX")
				.param("region", this.region)
				.param("month", this.now.toString())
				.with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Este mes ya está calificado: al guardar se corrige."),
					containsString("Fees on the parcels"))));
	}

	@Test
	void theTeamsOfficerClosesAConstraintAgainstItsVersionAndNoOneElseChangesIt() throws Exception {
		long id = this.constraints.record(new ConstraintForm(null, "MX", this.region, null, this.now.atDay(1), null,
				AccessCategory.MOVEMENT_RESTRICTED, AccessSubtype.CURFEW, "Curfew from six", List.of(), List.of(),
				List.of()), user("field.mx"));
		String closed = """
				{"country": "MX", "region": "%s", "startedOn": "%s", "endedOn": "%s",
				 "category": "MOVEMENT_RESTRICTED", "subtype": "CURFEW", "description": "Lifted"}"""
			.formatted(this.region, this.now.atDay(1), this.now.atDay(2));
		this.mvc.perform(json(put("/api/v1/access/constraints/" + id), "field.sv", closed).header("If-Match", "\"0\""))
			.andExpect(status().isNotFound());
		this.mvc.perform(json(put("/api/v1/access/constraints/" + id), "hq", closed).header("If-Match", "\"0\""))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/access/constraints/" + id + "/edit").with(as(this.users, "field.sv")))
			.andExpect(status().isNotFound());
		this.mvc.perform(json(put("/api/v1/access/constraints/" + id), "field.mx", closed))
			.andExpect(status().isPreconditionRequired());
		this.mvc.perform(json(put("/api/v1/access/constraints/" + id), "field.mx", closed).header("If-Match", "\"0\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.endedOn").value(this.now.atDay(2).toString()))
			.andExpect(jsonPath("$.description").value("Lifted"));
		this.mvc
			.perform(get("/access/constraints/" + id + "/edit").param("lang", "en").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Correct an access constraint"), containsString("Lifted"))));
		// A second officer's form read at version 0 is refused and keeps what was typed.
		this.mvc
			.perform(post("/access/constraints/" + id).with(as(this.users, "field.mx"))
				.with(csrf())
				.param("lang", "en")
				.param("version", "0")
				.param("country", "MX")
				.param("region", this.region)
				.param("startedOn", this.now.atDay(1).toString())
				.param("category", "MOVEMENT_RESTRICTED")
				.param("subtype", "CURFEW")
				.param("description", "Typed by the second officer"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Someone changed this record in the meantime"),
					containsString("Typed by the second officer"))));
		assertThat(this.jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_type = 'AccessConstraint' "
				+ "AND entity_id = ? ORDER BY seq", String.class, Long.toString(id)))
			.containsExactly("CREATE", "UPDATE");
	}

	@Test
	void theConstraintsAndTheTablesAreasArePagedByKeyset() {
		for (int day = 1; day <= 3; day++) {
			this.constraints.record(new ConstraintForm(null, "MX", this.region, null, this.now.atDay(day), null,
					AccessCategory.PHYSICAL_ENVIRONMENT, AccessSubtype.TERRAIN, null, List.of(), List.of(), List.of()),
					user("field.mx"));
			rate("field.mx", "MX", this.now.minusMonths(day), day, null);
		}
		List<ConstraintView> seen = new java.util.ArrayList<>();
		String cursor = null;
		do {
			org.parley.shared.KeysetPage<ConstraintView> page = this.constraints.page("MX", cursor, 2, user("hq"));
			seen.addAll(page.items());
			cursor = page.nextCursor();
		}
		while (cursor != null);
		assertThat(seen).extracting(ConstraintView::id).doesNotHaveDuplicates();
		assertThat(seen.stream().filter((c) -> c.area().region().equals(this.region)).map(ConstraintView::startedOn))
			.containsExactly(this.now.atDay(3), this.now.atDay(2), this.now.atDay(1));
		List<Area> areas = new java.util.ArrayList<>();
		cursor = null;
		do {
			SeverityTable table = this.severities.table(this.now.minusMonths(3), this.now, "MX", cursor, 1, user("hq"));
			assertThat(table.rows()).hasSizeLessThanOrEqualTo(1);
			table.rows().forEach((row) -> areas.add(row.area()));
			cursor = table.nextCursor();
		}
		while (cursor != null);
		assertThat(areas).doesNotHaveDuplicates().contains(new Area("MX", this.region, null));
	}

	@Test
	void theApiServesTheSameTableAsThePage() throws Exception {
		rate("field.sv", "SV", this.now.minusMonths(1), 1, "Crossings kept");
		rate("field.sv", "SV", this.now, 3, "Ambulance held at the boundary");
		this.mvc
			.perform(get("/api/v1/access/severity").param("from", this.now.minusMonths(2).toString())
				.param("to", this.now.toString())
				.param("country", "SV")
				.param("size", "100")
				.with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.months[0]").value(this.now.minusMonths(2).toString()))
			.andExpect(jsonPath("$.months.length()").value(3))
			.andExpect(jsonPath("$.rows[?(@.area.region == '%s')].teamName", this.region).value("El Salvador"))
			.andExpect(jsonPath("$.rows[?(@.area.region == '%s')].cells[0].severity", this.region)
				.value(contains(nullValue())))
			.andExpect(jsonPath("$.rows[?(@.area.region == '%s')].cells[2].severity", this.region).value(3))
			.andExpect(jsonPath("$.rows[?(@.area.region == '%s')].trend.direction", this.region).value("WORSE"))
			.andExpect(jsonPath("$.rows[?(@.area.region == '%s')].trend.change", this.region).value(2))
			.andExpect(jsonPath("$.rows[?(@.area.country != 'SV')]").isEmpty());
	}

	private long rate(String officer, String country, YearMonth month, int severity, String reasons) {
		return this.severities.record(form(null, country, month, severity, reasons, null), user(officer));
	}

	private SeverityForm form(Long team, String country, YearMonth month, int severity, String reasons, Long version) {
		return new SeverityForm(team, country, this.region, null, month, severity, reasons, version);
	}

	private String constraint(String from, String to, String subtype, String cases) {
		return """
				{"country": "MX", "region": "%s", "startedOn": "%s", "endedOn": %s,
				 "category": "MOVEMENT_RESTRICTED", "subtype": "%s", "description": "Stopped at the bridge",
				 "caseIds": %s}""".formatted(this.region, from, (to != null) ? "\"" + to + "\"" : "null", subtype,
				cases);
	}

	private static SeverityTable.Row row(SeverityTable table, String region) {
		List<SeverityTable.Row> rows = table.rows().stream().filter((r) -> r.area().region().equals(region)).toList();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private long teamId(String name) {
		return this.jdbc.queryForObject("SELECT id FROM team WHERE name = ?", Long.class, name);
	}

	private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
		return request.with(as(this.users, user)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
