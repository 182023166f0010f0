package org.parley.negotiation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.identity.Role;
import org.parley.identity.FirstPasswords;
import org.parley.identity.UserAdministration;
import org.parley.shared.TeamCalendar;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.Browserless;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * CaseQueries through the JSON API keep the pages' rules: need-to-know (another team's
 * case is not found), roles (read-only roles are refused), the gates of the method
 * (nothing of the engagement before HQ has decided, never on one's own request), what a
 * step lacks, and If-Match against lost updates.
 */
@IntegrationTest
class CaseApiTest {

	/** The teams' calendar day, as Parley reckons it (its clock, its time zone). */
	@Autowired
	TeamCalendar calendar;

	private static final Pattern TOKEN = Pattern.compile("id=\"new-token\"[^>]*value=\"(pat_[^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	@Autowired
	GuidingQuestions questions;

	@Autowired
	UserAdministration administration;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	private JdbcTemplate jdbc;

	private long guerrero;

	private long sierra;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
		this.sierra = this.jdbc.queryForObject("SELECT id FROM armed_group WHERE name = 'Cártel del Sierra Alta'",
				Long.class);
	}

	@Test
	void aCaseIsOpenedListedReadAndDescribedWithItsETag() throws Exception {
		String title = "API case " + UUID.randomUUID().toString().substring(0, 8);
		MvcResult created = this.mvc
			.perform(post("/api/v1/cases").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseJson(title, "MEDIUM")))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/cases/")))
			.andExpect(jsonPath("$.title").value(title))
			.andExpect(jsonPath("$.teamId").value(this.guerrero))
			.andExpect(jsonPath("$.currentStep").value("CONFLICT_ANALYSIS"))
			.andExpect(jsonPath("$.leadNegotiator").value("field.mx"))
			.andExpect(jsonPath("$.groups[0].name").value("Cártel del Sierra Alta"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		this.mvc.perform(get(location).with(as(this.users, "hq")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.priority").value("MEDIUM"));
		this.mvc
			.perform(get("/api/v1/cases").with(as(this.users, "field.mx"))
				.param("mine", "true")
				.param("step", "CONFLICT_ANALYSIS")
				.param("group", Long.toString(this.sierra))
				.param("country", "MX")
				.param("team", Long.toString(this.guerrero)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].title", hasItem(title)));
		this.mvc.perform(get("/api/v1/cases").with(as(this.users, "field.mx")).param("step", "CLOSURE"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].title", not(hasItem(title))));

		// Pages of one: the cursor continues after the first, never repeating it.
		MvcResult first = this.mvc.perform(get("/api/v1/cases").with(as(this.users, "field.mx")).param("size", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.nextCursor").isString())
			.andReturn();
		int firstId = JsonPath.read(first.getResponse().getContentAsString(), "$.items[0].id");
		String cursor = JsonPath.read(first.getResponse().getContentAsString(), "$.nextCursor");
		this.mvc
			.perform(get("/api/v1/cases").with(as(this.users, "field.mx")).param("size", "500").param("after", cursor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", not(hasItem(firstId))));

		this.mvc
			.perform(put(location).with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseJson(title + " (renamed)", "CRITICAL")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.title").value(title + " (renamed)"))
			.andExpect(jsonPath("$.priority").value("CRITICAL"));

		// Without If-Match: 428; with the version read before the rename: 409.
		this.mvc
			.perform(put(location).with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseJson(title, "LOW")))
			.andExpect(status().isPreconditionRequired())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("urn:parley:problem:if-match-required"));
		this.mvc
			.perform(put(location).with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseJson(title, "LOW")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:conflict"));
		assertThat(this.jdbc.queryForObject("SELECT priority FROM negotiation_case WHERE id = ?", String.class, id))
			.isEqualTo("CRITICAL");

		// Invalid input is the validation problem, naming the fields.
		this.mvc
			.perform(post("/api/v1/cases").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \" \", \"country\": \"Mexico\", \"groupIds\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:validation"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("title")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("country")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("groupIds")));
	}

	@Test
	void anotherTeamFindsNothingAndTheAuditorOnlyReads() throws Exception {
		long id = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, "Need to know");
		String caseUrl = "/api/v1/cases/" + id;

		for (String path : List.of("", "/steps", "/steps/conflict-analysis", "/rounds", "/decisions", "/transitions",
				"/conflict-analysis", "/closure")) {
			this.mvc.perform(get(caseUrl + path).with(as(this.users, "field.sv")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:parley:problem:not-found"))
				.andExpect(content().string(not(containsString("Need to know"))));
		}
		this.mvc
			.perform(put(caseUrl).with(as(this.users, "field.sv"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseJson("Taken over", "LOW")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:not-found"));
		this.mvc
			.perform(post(caseUrl + "/rounds").with(as(this.users, "field.sv"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(roundJson("PHONE", today())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/cases").param("size", "100").with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));

		for (String path : List.of("", "/steps", "/steps/current", "/rounds", "/decisions", "/transitions",
				"/conflict-analysis")) {
			this.mvc.perform(get(caseUrl + path).with(as(this.users, "auditor"))).andExpect(status().isOk());
		}
		this.mvc
			.perform(put(caseUrl).with(as(this.users, "auditor"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseJson("Audited", "LOW")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:forbidden"));
		this.mvc
			.perform(post("/api/v1/cases").with(as(this.users, "auditor"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(caseJson("Auditor's case", "LOW")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put(caseUrl + "/conflict-analysis").with(as(this.users, "auditor"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"context\": \"Written by the auditor\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(caseUrl + "/steps/current/complete").with(as(this.users, "auditor"))
				.with(csrf())
				.header("If-Match", "\"0\""))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM case_conflict_analysis WHERE case_id = ?", Long.class,
				id))
			.isZero();
	}

	@Test
	void aStepIsCompletedOnlyWithItsContentAndItsSheetNeedsTheVersionOnceSaved() throws Exception {
		long id = CaseFixtures.aCaseAtConflictAnalysis(this.mvc, this.users, this.jdbc, "Complete");
		String caseUrl = "/api/v1/cases/" + id;

		this.mvc.perform(get(caseUrl + "/steps").with(as(this.users, "field.mx")).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(9)))
			.andExpect(jsonPath("$[0].slug").value("conflict-analysis"))
			.andExpect(jsonPath("$[0].state").value("CURRENT"))
			.andExpect(jsonPath("$[0].missing[*].key", hasItem("negotiation.missing.analysis.context")))
			.andExpect(jsonPath("$[0].missing[*].message", hasItem("the context of the area")))
			.andExpect(jsonPath("$[4].state").value("BLOCKED"));

		this.mvc
			.perform(post(caseUrl + "/steps/current/complete").with(as(this.users, "field.mx"))
				.with(csrf())
				.header("Accept-Language", "en")
				.header("If-Match", "\"0\""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:rule"))
			.andExpect(jsonPath("$.missing").isNotEmpty())
			.andExpect(jsonPath("$.missing", hasItem("the context of the area")))
			.andExpect(jsonPath("$.missing", hasItem(containsString("guiding question"))));
		assertThat(step(id)).isEqualTo("CONFLICT_ANALYSIS");

		// Never saved: no If-Match needed; once saved, If-Match is required and checked.
		this.mvc.perform(get(caseUrl + "/conflict-analysis").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("ETag"))
			.andExpect(jsonPath("$.stamp.version").doesNotExist());
		this.mvc.perform(analysis(id, null, "First context"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.content.context").value("First context"))
			.andExpect(jsonPath("$.stamp.updatedBy").value("field.mx"));
		this.mvc.perform(analysis(id, null, "Second context"))
			.andExpect(status().isPreconditionRequired())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:if-match-required"));
		this.mvc.perform(analysis(id, "\"0\"", "Second context"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""));
		this.mvc.perform(analysis(id, "\"0\"", "Third context"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:conflict"));

		// Answers to the step's questions; a question of another step is refused.
		int set = this.jdbc.queryForObject("SELECT question_set_version FROM negotiation_case WHERE id = ?",
				Integer.class, id);
		List<QuestionView> conflictQuestions = this.questions.version(set).of(MethodStep.CONFLICT_ANALYSIS);
		QuestionView other = this.questions.version(set).of(MethodStep.OBJECTIVES).get(0);
		this.mvc
			.perform(answers(id, "conflict-analysis", "\"0\"",
					"[{\"questionId\": %d, \"text\": \"Typed\"}]".formatted(other.id())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("another step")));
		String all = conflictQuestions.stream()
			.map((q) -> "{\"questionId\": %d, \"text\": \"Considered.\", \"notApplicable\": false}".formatted(q.id()))
			.collect(Collectors.joining(",", "[", "]"));
		MvcResult answered = this.mvc.perform(answers(id, "conflict-analysis", "\"0\"", all))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("conflict-analysis"))
			.andExpect(jsonPath("$.questions", hasSize(conflictQuestions.size())))
			.andExpect(jsonPath("$.answers", hasSize(conflictQuestions.size())))
			.andExpect(jsonPath("$.missing[*].key", not(hasItem("negotiation.missing.question"))))
			.andExpect(jsonPath("$.content.conflictAnalysis.content.context").value("Second context"))
			.andReturn();
		String version = answered.getResponse().getHeader("ETag");
		assertThat(version).isEqualTo("\"" + version(id) + "\"");
		this.mvc.perform(answers(id, "conflict-analysis", "\"99\"", all)).andExpect(status().isConflict());
		this.mvc
			.perform(post(caseUrl + "/steps/current/complete").with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "W/\"99\""))
			.andExpect(status().isConflict());

		// With the whole analysis, the step is completed.
		this.mvc
			.perform(put("/api/v1/cases/" + id + "/conflict-analysis").with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "\"1\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"context": "Eleven villages above the valley, cut off since March.",
								 "territorialControl": "The cartel holds the road.", "statePresence": "The army patrols the seat.",
								 "humanitarianNeeds": "No health post.", "risks": "Staff mistaken for informants.",
								 "legalRegime": "CONTESTED", "legalReasoning": "Assessed by some as a NIAC.",
								 "actors": [{"kind": "ARMED_GROUP", "name": "Cártel del Sierra Alta", "relations": "Holds the road"}],
								 "factsAgreed": "The villages need a doctor", "normsShared": "Children should be cared for"}
								"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.actors[0].name").value("Cártel del Sierra Alta"));
		this.mvc
			.perform(post(caseUrl + "/steps/current/complete").with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", version))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentStep").value("UNDERSTANDING_THE_GROUP"));
		this.mvc.perform(get(caseUrl + "/transitions").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].fromStep").value("CONFLICT_ANALYSIS"))
			.andExpect(jsonPath("$[0].toStep").value("UNDERSTANDING_THE_GROUP"))
			.andExpect(jsonPath("$[0].kind").value("FORWARD"))
			.andExpect(jsonPath("$[0].actor").value("field.mx"));
	}

	@Test
	void nothingOfTheEngagementIsPostedBeforeHqHasDecided() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.INTERNAL_DECISION, this.mvc, this.users, this.jdbc);
		this.mvc
			.perform(post("/api/v1/cases/" + id + "/rounds").with(as(this.users, "field.mx"))
				.with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(roundJson("PHONE", today())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.type").value("urn:parley:problem:rule"))
			.andExpect(jsonPath("$.errors[0].message", containsString("No engagement before HQ has decided")));
		this.mvc
			.perform(put("/api/v1/cases/" + id + "/engagement").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"modality\": \"DIRECT\", \"reason\": \"Typed before the decision\"}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/api/v1/cases/" + id + "/rounds").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM negotiation_round WHERE case_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void hqDecidesThroughTheApiButNeverOnItsOwnRequest() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.INTERNAL_DECISION, this.mvc, this.users, this.jdbc);
		String caseUrl = "/api/v1/cases/" + id;
		// Someone who both works on the team's cases and reviews them for HQ.
		String both = "both." + UUID.randomUUID().toString().substring(0, 8);
		UserAdministration.Created created = ConfirmedAccounts.create(this.administration, this.jdbc,
				new UserAdministration.NewUser(both, "Field and HQ", EnumSet.of(Role.FIELD_OFFICER, Role.HQ_REVIEWER),
						Set.of(this.guerrero)));
		FirstPasswords.choose(this.context, created, "the river crossing at dawn");

		int set = this.jdbc.queryForObject("SELECT question_set_version FROM negotiation_case WHERE id = ?",
				Integer.class, id);
		String all = this.questions.version(set)
			.of(MethodStep.INTERNAL_DECISION)
			.stream()
			.map((q) -> "{\"questionId\": %d, \"text\": \"Considered with the head of office.\"}".formatted(q.id()))
			.collect(Collectors.joining(",", "[", "]"));
		String version = this.mvc.perform(answers(id, "internal-decision", "\"" + version(id) + "\"", all, both))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missing[0].key").value("negotiation.missing.decision.none"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		// The internal decision is never completed by the team.
		this.mvc
			.perform(post(caseUrl + "/steps/current/complete").with(as(this.users, both))
				.with(csrf())
				.header("Accept-Language", "en")
				.header("If-Match", version))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("No engagement before HQ has decided")));

		String request = """
				{"riskLegitimacy": "Low", "riskInstrumentalisation": "Medium", "riskLegal": "None known",
				 "riskStaffSafety": "Road checkpoints", "riskReputation": "Low", "mandateLevel": "Field team",
				 "mandateScope": "Passage of the mobile clinic", "mandateRedLines": "No payment for access.",
				 "assessments": %s}""";
		// The cartel is designated: a request without a complete assessment of each
		// designation is refused, naming the field.
		this.mvc
			.perform(post(caseUrl + "/decisions").with(as(this.users, both))
				.with(csrf())
				.header("If-Match", version)
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content(request.formatted("[]")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("assessments[0].exposure"))
			.andExpect(jsonPath("$.errors[0].message", containsString("legal and sanctions assessment")));
		String assessments = MandateFixtures.designations(this.jdbc, id)
			.stream()
			.map((d) -> """
					{"designationId": %d, "exposure": "Nothing of value reaches the group.",
					 "mitigation": "Supplies stay with us.", "adviceObtained": true, "adviceFrom": "Counsel at HQ",
					 "adviceOn": "2026-01-05", "residualRisk": "LOW", "conclusion": "PROCEED"}""".formatted(d))
			.collect(Collectors.joining(",", "[", "]"));
		MvcResult requested = this.mvc
			.perform(post(caseUrl + "/decisions").with(as(this.users, both))
				.with(csrf())
				.header("If-Match", version)
				.contentType(MediaType.APPLICATION_JSON)
				.content(request.formatted(assessments)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.redLines[0].origin").value("ORGANISATION"))
			.andExpect(jsonPath("$.assessments[0].conclusion").value("PROCEED"))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.requestedBy").value(both))
			.andReturn();
		String decision = requested.getResponse().getHeader("Location");
		assertThat(decision).startsWith(caseUrl + "/decisions/");

		this.mvc.perform(decide(decision, both, "\"0\"", "APPROVED", null).header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message", containsString("You asked for this decision")));
		this.mvc.perform(decide(decision, "field.mx", "\"0\"", "APPROVED", null)).andExpect(status().isForbidden());
		this.mvc.perform(decide(decision, "auditor", "\"0\"", "APPROVED", null)).andExpect(status().isForbidden());
		this.mvc.perform(decide(decision, "field.sv", "\"0\"", "APPROVED", null)).andExpect(status().isNotFound());
		this.mvc.perform(decide(decision, "hq", "\"7\"", "APPROVED", null)).andExpect(status().isConflict());
		this.mvc.perform(decide(decision, "hq", "\"0\"", "REJECTED", " ")).andExpect(status().isUnprocessableContent());
		this.mvc.perform(decide(decision, "hq", "\"0\"", null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcome"));
		assertThat(step(id)).isEqualTo("INTERNAL_DECISION");

		this.mvc.perform(decide(decision, "hq", "\"0\"", "APPROVED", "Proportionate risks."))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("assessmentsRead"));
		this.mvc.perform(decide(decision, "hq", "\"0\"", "APPROVED", "Proportionate risks.", true))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedRedLines", containsString("No payment")))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("hq"));
		this.mvc.perform(get(caseUrl).with(as(this.users, "field.mx")))
			.andExpect(jsonPath("$.currentStep").value("ENGAGEMENT_MODALITY"));
		this.mvc.perform(get(caseUrl + "/transitions").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].fromStep").value("INTERNAL_DECISION"))
			.andExpect(jsonPath("$[0].toStep").value("ENGAGEMENT_MODALITY"))
			.andExpect(jsonPath("$[0].actor").value("hq"))
			.andExpect(jsonPath("$[0].reason").value("Proportionate risks."));
		this.mvc.perform(get(caseUrl + "/decisions").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("APPROVED"));

		// Now the engagement may be written; and the case can go back with a reason.
		this.mvc
			.perform(put(caseUrl + "/engagement").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"modality\": \"DIRECT\", \"reason\": \"The commander receives us.\", "
						+ "\"approaches\": [\"PERSUASION\"]}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.content.modality").value("DIRECT"));
		this.mvc
			.perform(post(caseUrl + "/transitions").with(as(this.users, "field.mx"))
				.with(csrf())
				.header("Accept-Language", "en")
				.header("If-Match", "\"" + version(id) + "\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toStep\": \"OBJECTIVES\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(post(caseUrl + "/transitions").with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "\"" + version(id) + "\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"toStep\": \"OBJECTIVES\", \"reason\": \"The commander changed: rethink the ask.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.currentStep").value("OBJECTIVES"));
		this.mvc.perform(get(caseUrl + "/transitions").with(as(this.users, "field.mx")))
			.andExpect(jsonPath("$[0].kind").value("BACK"))
			.andExpect(jsonPath("$[0].toStep").value("OBJECTIVES"))
			.andExpect(jsonPath("$[0].reason").value("The commander changed: rethink the ask."));
	}

	@Test
	void aRoundPostedAtTheRoundsIsListedAndItsNextStepFollowed() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.NEGOTIATION_ROUNDS, this.mvc, this.users, this.jdbc);
		String caseUrl = "/api/v1/cases/" + id;
		LocalDate today = today();

		this.mvc
			.perform(post(caseUrl + "/rounds").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(roundJson("IN_PERSON", today)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("safetyNotes"));
		this.mvc
			.perform(post(caseUrl + "/rounds").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\": \"PHONE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("heldOn")));

		MvcResult created = this.mvc
			.perform(post(caseUrl + "/rounds").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(roundJson("PHONE", today)))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.number").value(1))
			.andExpect(jsonPath("$.content.asked").value("Passage every Tuesday"))
			.andReturn();
		String round = created.getResponse().getHeader("Location");
		assertThat(round).startsWith(caseUrl + "/rounds/");

		this.mvc.perform(get(caseUrl + "/rounds").with(as(this.users, "auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].content.channel").value("PHONE"))
			.andExpect(jsonPath("$[0].createdBy").value("field.mx"));
		this.mvc.perform(get(caseUrl + "/steps/negotiation-rounds").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("CURRENT"))
			.andExpect(jsonPath("$.content.rounds", hasSize(1)))
			.andExpect(jsonPath("$.missing[*].key", not(hasItem("negotiation.missing.rounds"))));

		String withNextStep = roundJson("PHONE", today).replace("}",
				", \"nextStep\": \"Call PASTOR\", \"nextStepDue\": \"%s\"}".formatted(today.plusDays(3)));
		this.mvc
			.perform(put(round).with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content(withNextStep))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.content.nextStep").value("Call PASTOR"));
		this.mvc.perform(get(caseUrl).with(as(this.users, "field.mx")))
			.andExpect(jsonPath("$.nextStep").value("Call PASTOR"));
		this.mvc
			.perform(post(round + "/next-step-done").with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "\"0\""))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post(round + "/next-step-done").with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "\"1\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.nextStepDone").value(true));
		this.mvc.perform(get(caseUrl).with(as(this.users, "field.mx")))
			.andExpect(jsonPath("$.nextStep").doesNotExist());
	}

	@Test
	void objectivesAndTheirMeasuresAreKeptRowByRow() throws Exception {
		long id = CaseFixtures.aCaseAt(MethodStep.OBJECTIVES, this.mvc, this.users, this.jdbc);
		String caseUrl = "/api/v1/cases/" + id;
		this.mvc
			.perform(put(caseUrl + "/objectives").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"objectives": [{"text": "A weekly clinic reaches the villages", "priority": "HIGH",
						  "bottomLine": "Every second week"}],
						 "redLines": ["No transport of anyone for the group"], "alternative": "Serve from the seat"}
						"""))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"0\""));
		MvcResult moe = this.mvc
			.perform(post(caseUrl + "/moes").with(as(this.users, "field.mx"))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"indicator\": \"Consultations per month\", \"unit\": \"consultations\", "
						+ "\"baseline\": 0, \"target\": 600}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.content.indicator").value("Consultations per month"))
			.andReturn();
		String location = moe.getResponse().getHeader("Location");
		this.mvc.perform(get(caseUrl + "/steps/objectives").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.objectives.content.alternative").value("Serve from the seat"))
			.andExpect(jsonPath("$.content.redLines[*].code", hasItem("no-payment")))
			.andExpect(jsonPath("$.content.redLines[*].text", hasItem("No transport of anyone for the group")))
			.andExpect(jsonPath("$.content.moes", hasSize(1)))
			.andExpect(jsonPath("$.content.rounds").doesNotExist());
		this.mvc
			.perform(put(location).with(as(this.users, "field.mx"))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"indicator\": \"Consultations per month\", \"unit\": \"consultations\", "
						+ "\"target\": \"six hundred\"}"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(delete(location).with(as(this.users, "field.mx")).with(csrf()))
			.andExpect(status().isPreconditionRequired());
		this.mvc.perform(delete(location).with(as(this.users, "field.mx")).with(csrf()).header("If-Match", "\"0\""))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(caseUrl + "/moes").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void theApiDescriptionListsTheCases() throws Exception {
		this.mvc.perform(get("/v3/api-docs").with(as(this.users, "field.mx")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths.keys()", hasItem("/api/v1/cases")))
			.andExpect(jsonPath("$.paths['/api/v1/cases'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cases'].post").exists())
			.andExpect(jsonPath("$.paths.keys()", hasItem("/api/v1/cases/{id}/steps/{slug}")))
			.andExpect(jsonPath("$.paths.keys()", hasItem("/api/v1/cases/{id}/rounds")))
			.andExpect(jsonPath("$.paths.keys()", hasItem("/api/v1/cases/{id}/decisions/{decisionId}")));
	}

	@Test
	void aScriptWithAPersonalAccessTokenSeesItsTeamsCasesOnly() throws Exception {
		long svCase = this.jdbc.queryForObject(
				"SELECT c.id FROM negotiation_case c JOIN team t ON t.id = c.team_id WHERE t.name = 'El Salvador' "
						+ "ORDER BY c.id LIMIT 1",
				Long.class);
		String token = tokenOf("field.mx");
		String title = "Scripted case " + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> created = call(token, "POST", "/api/v1/cases", caseJson(title, "LOW"));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
		HttpResponse<String> list = call(token, "GET", "/api/v1/cases?size=100", null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(title).doesNotContain("\"teamName\":\"El Salvador\"");
		HttpResponse<String> other = call(token, "GET", "/api/v1/cases/" + svCase, null);
		assertThat(other.statusCode()).isEqualTo(404);
		assertThat(other.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(this.jdbc.queryForObject("SELECT created_by FROM negotiation_case WHERE title = ?", String.class,
				title))
			.isEqualTo("field.mx");
	}

	/** A personal access token, issued on the account page as its owner would. */
	private String tokenOf(String username) {
		Browserless browser = new Browserless(this.port);
		browser.signIn(username, "parley-demo");
		String csrf = Browserless.csrf(browser.get("/account/tokens").body());
		browser.post("/account/tokens", Map.of("_csrf", csrf, "name", "Case script", "lifetime", "THIRTY_DAYS"));
		Matcher matcher = TOKEN.matcher(browser.get("/account/tokens").body());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> call(String token, String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String caseJson(String title, String priority) {
		return """
				{"teamId": %d, "title": "%s", "country": "MX", "region": "Guerrero", "groupIds": [%d],
				 "objectiveType": "ACCESS_FOR_HEALTH_CARE", "priority": "%s"}
				""".formatted(this.guerrero, title, this.sierra, priority);
	}

	private static String roundJson(String channel, LocalDate heldOn) {
		return "{\"heldOn\": \"%s\", \"channel\": \"%s\", \"asked\": \"Passage every Tuesday\"}".formatted(heldOn,
				channel);
	}

	private MockHttpServletRequestBuilder analysis(long id, String ifMatch, String context) {
		MockHttpServletRequestBuilder request = put("/api/v1/cases/" + id + "/conflict-analysis")
			.with(as(this.users, "field.mx"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"context\": \"%s\"}".formatted(context));
		return (ifMatch != null) ? request.header("If-Match", ifMatch) : request;
	}

	private MockHttpServletRequestBuilder answers(long id, String slug, String ifMatch, String json) {
		return answers(id, slug, ifMatch, json, "field.mx");
	}

	private MockHttpServletRequestBuilder answers(long id, String slug, String ifMatch, String json, String username) {
		return put("/api/v1/cases/" + id + "/steps/" + slug + "/answers").with(as(this.users, username))
			.with(csrf())
			.header("Accept-Language", "en")
			.header("If-Match", ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	private MockHttpServletRequestBuilder decide(String decision, String username, String ifMatch, String outcome,
			String reason) {
		return decide(decision, username, ifMatch, outcome, reason, false);
	}

	/** With the confirmation that the legal and sanctions assessments were read. */
	private MockHttpServletRequestBuilder decide(String decision, String username, String ifMatch, String outcome,
			String reason, boolean assessmentsRead) {
		String body = "{" + ((outcome != null) ? "\"outcome\": \"" + outcome + "\"" : "\"outcome\": null")
				+ ((reason != null) ? ", \"reason\": \"" + reason + "\"" : "")
				+ (assessmentsRead ? ", \"assessmentsRead\": true" : "") + "}";
		return post(decision).with(as(this.users, username))
			.with(csrf())
			.header("If-Match", ifMatch)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	private String step(long id) {
		return this.jdbc.queryForObject("SELECT current_step FROM negotiation_case WHERE id = ?", String.class, id);
	}

	private long version(long id) {
		return this.jdbc.queryForObject("SELECT version FROM negotiation_case WHERE id = ?", Long.class, id);
	}

	private LocalDate today() {
		return this.calendar.today();
	}

}
