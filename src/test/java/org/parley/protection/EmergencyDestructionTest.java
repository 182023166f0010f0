package org.parley.protection;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.audit.AuditChainVerifier;
import org.parley.identity.Role;
import org.parley.identity.UserAdministration;
import org.parley.incident.Affected;
import org.parley.incident.AffectedPeople;
import org.parley.incident.Certainty;
import org.parley.incident.IncidentForm;
import org.parley.incident.IncidentType;
import org.parley.incident.Incidents;
import org.parley.protection.keys.DataKey;
import org.parley.protection.keys.Keyring;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The emergency destruction of a team's strictly confidential data (issue 15, item 4):
 * one administrator starts it, another confirms it by typing the team's name; the team's
 * strictly confidential key is destroyed, so that its values, which stay in their rows,
 * can no longer be decrypted and read "destroyed on" on every page and in the API, while
 * the team's other values, the audit chain and new strictly confidential records are
 * untouched. Each test has a team of its own, so that no other test loses data.
 */
@IntegrationTest
class EmergencyDestructionTest {

	private static final String RISK = "avisa al cártel de cada convoy";

	private static final String NARRATIVE = "Siguieron el convoy hasta la bodega";

	private static final String OPEN_RISK = "habla con la prensa local";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserAdministration administration;

	@Autowired
	Incidents incidents;

	@Autowired
	EmergencyDestruction destruction;

	@Autowired
	FieldSealer sealer;

	@Autowired
	Keyring keyring;

	@Autowired
	KeyRotations rotations;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	private long team;

	private String teamName;

	private String fieldOfficer;

	@BeforeEach
	void aTeamOfItsOwn() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.teamName = "Oficina " + suffix();
		this.team = this.jdbc.queryForObject(
				"INSERT INTO team (name, description, created_at) VALUES (?, 'Destruction test', now()) RETURNING id",
				Long.class, this.teamName);
		this.fieldOfficer = account("fo-", Role.FIELD_OFFICER);
	}

	/** An account of the team's, with that role. */
	private String account(String prefix, Role role) {
		String username = prefix + suffix();
		long id = ConfirmedAccounts
			.create(this.administration, this.jdbc,
					new UserAdministration.NewUser(username, "Prueba " + username, Set.of(role), Set.of(this.team)))
			.id();
		this.jdbc.update("UPDATE app_user SET must_change_password = false WHERE id = ?", id);
		return username;
	}

	@Test
	void twoAdministratorsDestroyTheTeamsStrictKeyAndItsValuesNoLongerOpenAnywhere() throws Exception {
		String reviewer = account("hq-", Role.HQ_REVIEWER);
		long reviewerId = this.jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, reviewer);
		long interlocutor = interlocutor("ALFA", "STRICTLY_CONFIDENTIAL", RISK, reviewerId);
		long open = interlocutor("BRAVO", "CONFIDENTIAL", OPEN_RISK);
		long incident = strictIncident();
		String storedRisk = stored("interlocutor", "risk_notes", interlocutor);
		String storedNarrative = stored("security_incident", "narrative", incident);
		long strictKey = dataKeyOf(storedRisk);
		assertThat(dataKeyOf(storedNarrative)).isEqualTo(strictKey);
		SealedColumn riskNotes = SealedColumn.of("interlocutor", "risk_notes");
		SealedColumn narrative = SealedColumn.of("security_incident", "narrative");
		assertThat(this.sealer.open(this.team, riskNotes, Sealed.stored(storedRisk)).text()).isEqualTo(RISK);
		assertThat(this.sealer.open(this.team, narrative, Sealed.stored(storedNarrative)).text()).isEqualTo(NARRATIVE);
		this.mvc.perform(get("/interlocutors/" + interlocutor).with(as(this.users, this.fieldOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(RISK)));
		this.mvc
			.perform(post("/admin/keys/destruction").with(as(this.users, "admin"))
				.with(csrf())
				.param("lang", "en")
				.param("teamId", Long.toString(this.team))
				.param("reason", "the office is about to be searched"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/keys/destruction"))
			.andExpect(flash().attributeExists("flash"));
		DestructionView pending = pendingOfMyTeam();
		assertThat(pending.startedBy()).isEqualTo("admin");
		assertThat(pending.confirmBefore()).isAfter(pending.startedAt());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM notification n JOIN app_user u "
				+ "ON u.id = n.recipient_id WHERE u.username = 'admin2' AND n.kind = 'KEY_DESTRUCTION_REQUESTED' "
				+ "AND n.message_args LIKE ?", Long.class, "%" + this.teamName + "%"))
			.as("the other administrator is told")
			.isOne();
		this.mvc.perform(get("/notifications").param("lang", "en").with(as(this.users, "admin2")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Emergency destruction waiting for you"),
					containsString("strictly confidential data of team " + this.teamName))));
		this.mvc.perform(get("/admin/keys/destruction").param("lang", "en").with(as(this.users, "admin2")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Waiting for a second administrator"),
					containsString(this.teamName), containsString("type the team&#39;s name"),
					containsString("/admin/keys/destruction/" + pending.id() + "/confirm"))));
		assertThat(this.sealer.open(this.team, riskNotes, Sealed.stored(storedRisk)).text())
			.as("nothing is destroyed before the confirmation")
			.isEqualTo(RISK);

		this.mvc
			.perform(post("/admin/keys/destruction/" + pending.id() + "/confirm").with(as(this.users, "admin2"))
				.with(csrf())
				.param("confirmation", this.teamName))
			.andExpect(status().is3xxRedirection());

		// The key: no keyset, no master key; nothing this instance or any can unwrap.
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT wrapped_keyset, master_key_id, destroyed_at FROM data_key WHERE id = ?", strictKey);
		assertThat(row.get("wrapped_keyset")).isNull();
		assertThat(row.get("master_key_id")).isNull();
		assertThat(row.get("destroyed_at")).isNotNull();
		DataKey destroyed = this.keyring.reload(strictKey);
		assertThat(destroyed.destroyed()).isTrue();
		assertThatThrownBy(() -> destroyed.decrypt(Sealed.stored(storedRisk).ciphertext(), new byte[0]))
			.isInstanceOf(IllegalStateException.class);
		// The values are still in their rows, unchanged, and open as "destroyed on".
		assertThat(stored("interlocutor", "risk_notes", interlocutor)).isEqualTo(storedRisk);
		assertThat(stored("security_incident", "narrative", incident)).isEqualTo(storedNarrative);
		Opened risk = this.sealer.open(this.team, riskNotes, Sealed.stored(storedRisk));
		assertThat(risk.isDestroyed()).isTrue();
		assertThat(risk.text()).isNull();
		assertThat(this.sealer.open(this.team, narrative, Sealed.stored(storedNarrative)).isDestroyed()).isTrue();
		// A reseal (a classification changed) leaves a destroyed value as it is.
		assertThat(this.sealer.reseal(Sealed.stored(storedNarrative), this.team, KeyPurpose.TEAM, narrative).stored())
			.isEqualTo(storedNarrative);

		this.mvc
			.perform(get("/interlocutors/" + interlocutor).param("lang", "en").with(as(this.users, this.fieldOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("destroyed on"), not(containsString(RISK)))));
		this.mvc.perform(get("/incidents/" + incident).param("lang", "en").with(as(this.users, this.fieldOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("destroyed on"), not(containsString(NARRATIVE)))));
		this.mvc.perform(get("/api/v1/incidents/" + incident).with(as(this.users, this.fieldOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("destroyed on"), not(containsString(NARRATIVE)))));
		this.mvc.perform(get("/api/v1/interlocutors/" + interlocutor).with(as(this.users, this.fieldOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(RISK))));
		this.mvc
			.perform(post("/interlocutors/" + interlocutor + "/subject-access").param("lang", "en")
				.param("reason", "SAR 2026/9")
				.with(as(this.users, reviewer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("destroyed on"), not(containsString(RISK)), not(containsString("Herrera")))));
		// The team's other values still open.
		this.mvc.perform(get("/interlocutors/" + open).with(as(this.users, this.fieldOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(OPEN_RISK)));

		// The act is recorded, with both administrators and the counts, and audited.
		DestructionView done = this.destruction.get(pending.id(), admin("admin"));
		assertThat(done.state()).isEqualTo(DestructionView.State.DONE);
		assertThat(done.startedBy()).isEqualTo("admin");
		assertThat(done.confirmedBy()).isEqualTo("admin2");
		assertThat(done.confirmedAt()).isNotNull();
		assertThat(done.destroyedValues()).containsEntry("interlocutor.risk_notes", 1L)
			.containsEntry("interlocutor.real_name", 1L)
			.containsEntry("security_incident.narrative", 1L)
			.doesNotContainKey("interlocutor.influence_notes");
		assertThat(done.valuesDestroyed())
			.isEqualTo(done.destroyedValues().values().stream().mapToLong(Long::longValue).sum());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'KeyDestruction' AND entity_id = ? AND team_id = ?",
				Long.class, Long.toString(pending.id()), this.team))
			.as("started and confirmed, in the audit log")
			.isEqualTo(2);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'DataKey' AND entity_id = ? AND actor = 'admin2'",
				Long.class, Long.toString(strictKey)))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE team_id = ? " + "AND (changes LIKE ? OR changes LIKE ?)",
				Long.class, this.team, "%cártel%", "%bodega%"))
			.as("no value in the audit log")
			.isZero();
		this.mvc.perform(get("/admin/keys/destruction").param("lang", "en").with(as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Record of destructions"),
					containsString("values destroyed"), containsString("Interlocutors&#39; risk notes"))));
		assertThat(this.verifier.verify().intact()).as("the audit chain still verifies").isTrue();

		// A new strictly confidential record gets a new key, and opens.
		long after = interlocutor("CHARLIE", "STRICTLY_CONFIDENTIAL", RISK);
		long newKey = dataKeyOf(stored("interlocutor", "risk_notes", after));
		assertThat(newKey).isNotEqualTo(strictKey);
		assertThat(this.jdbc.queryForObject("SELECT purpose FROM data_key WHERE id = ? AND destroyed_at IS NULL",
				String.class, newKey))
			.isEqualTo("TEAM_STRICT");
		this.mvc.perform(get("/interlocutors/" + after).with(as(this.users, this.fieldOfficer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(RISK)));
		// The start-up work walks past destroyed values.
		this.rotations.sealUnsealed();
		this.rotations.rewrapUnderCurrentMaster();
		assertThat(stored("interlocutor", "risk_notes", interlocutor)).isEqualTo(storedRisk);
	}

	@Test
	void theAdministratorWhoStartedItCannotConfirmItNorCanAnyoneOnceCancelledOrExpired() throws Exception {
		interlocutor("DELTA", "STRICTLY_CONFIDENTIAL", RISK);
		CurrentUser admin = admin("admin");
		CurrentUser admin2 = admin("admin2");
		assertThatThrownBy(() -> this.destruction.start(this.team, " ", admin)).isInstanceOf(RuleViolation.class)
			.hasMessage("protection.destruction.reason-required");
		long id = this.destruction.start(this.team, "raid expected", admin);
		assertThatThrownBy(() -> this.destruction.start(this.team, "again", admin2)).isInstanceOf(RuleViolation.class)
			.hasMessage("protection.destruction.already-pending");
		assertThatThrownBy(() -> this.destruction.confirm(id, this.teamName, admin)).isInstanceOf(RuleViolation.class)
			.hasMessage("protection.destruction.same-administrator");
		assertThatThrownBy(() -> this.jdbc.update("UPDATE key_destruction SET state = 'DONE', confirmed_by = "
				+ "started_by, confirmed_at = now(), values_destroyed = 0, destroyed_values = '{}' WHERE id = ?", id))
			.as("the database refuses it too")
			.hasMessageContaining("key_destruction_two_people");
		assertThatThrownBy(() -> this.destruction.confirm(id, "another team", admin2)).isInstanceOf(RuleViolation.class)
			.hasMessage("protection.destruction.confirmation-mismatch");
		this.mvc
			.perform(post("/admin/keys/destruction/" + id + "/confirm").with(as(this.users, "admin"))
				.with(csrf())
				.param("confirmation", this.teamName))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
		assertThat(liveStrictKey()).as("nothing destroyed").isTrue();

		this.mvc.perform(post("/admin/keys/destruction/" + id + "/cancel").with(as(this.users, "admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.destruction.get(id, admin).state()).isEqualTo(DestructionView.State.CANCELLED);
		assertThatThrownBy(() -> this.destruction.confirm(id, this.teamName, admin2)).isInstanceOf(RuleViolation.class)
			.hasMessage("protection.destruction.not-pending");

		long late = this.destruction.start(this.team, "raid expected again", admin);
		this.jdbc.update("UPDATE key_destruction SET started_at = started_at - interval '2 hours', "
				+ "confirm_before = started_at - interval '90 minutes' WHERE id = ?", late);
		assertThat(this.destruction.get(late, admin).state()).as("shown as expired")
			.isEqualTo(DestructionView.State.EXPIRED);
		assertThatThrownBy(() -> this.destruction.confirm(late, this.teamName, admin2))
			.isInstanceOf(RuleViolation.class)
			.hasMessage("protection.destruction.expired");
		assertThat(this.jdbc.queryForObject("SELECT state FROM key_destruction WHERE id = ?", String.class, late))
			.isEqualTo("EXPIRED");
		assertThat(liveStrictKey()).as("nothing destroyed").isTrue();
		assertThat(this.destruction.start(this.team, "a new request after the expired one", admin)).isPositive();
	}

	@Test
	void onlyAdministratorsReachTheDestruction() throws Exception {
		interlocutor("ECHO", "STRICTLY_CONFIDENTIAL", RISK);
		long id = this.destruction.start(this.team, "raid expected", admin("admin"));
		for (String username : List.of(this.fieldOfficer, "field.mx", "hq", "auditor")) {
			this.mvc.perform(get("/admin/keys/destruction").with(as(this.users, username)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/keys/destruction").with(as(this.users, username))
					.with(csrf())
					.param("teamId", Long.toString(this.team))
					.param("reason", "not mine"))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/keys/destruction/" + id + "/confirm").with(as(this.users, username))
					.with(csrf())
					.param("confirmation", this.teamName))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/keys/destruction/" + id + "/cancel").with(as(this.users, username)).with(csrf()))
				.andExpect(status().isForbidden());
			CurrentUser user = admin(username);
			assertThatThrownBy(() -> this.destruction.confirm(id, this.teamName, user))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		}
		assertThat(this.destruction.get(id, admin("admin")).pending()).isTrue();
		this.destruction.cancel(id, admin("admin2"));
		assertThat(liveStrictKey()).isTrue();
	}

	@Test
	void aRotationOfTheKeyUnderWayEndsWhenTheKeyIsDestroyed() throws Exception {
		long interlocutor = interlocutor("FOXTROT", "STRICTLY_CONFIDENTIAL", RISK);
		long strictKey = dataKeyOf(stored("interlocutor", "risk_notes", interlocutor));
		long rotation = this.rotations.rotate(strictKey, admin("admin"));
		long id = this.destruction.start(this.team, "raid expected", admin("admin"));
		this.destruction.confirm(id, this.teamName, admin("admin2"));
		for (int i = 0; i < 100 && running(rotation); i++) {
			this.rotations.step();
		}
		assertThat(running(rotation)).as("the rotation ends instead of failing").isFalse();
		assertThat(this.rotations.keys()).filteredOn((k) -> k.id() == strictKey)
			.singleElement()
			.satisfies((k) -> assertThat(k.destroyed()).isTrue());
		this.mvc.perform(get("/admin/keys").param("lang", "en").with(as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Emergency destruction")));
	}

	private boolean running(long rotation) {
		return this.jdbc.queryForObject("SELECT state FROM key_rotation WHERE id = ?", String.class, rotation)
			.equals("RUNNING");
	}

	private long interlocutor(String name, String level, String risk) throws Exception {
		return interlocutor(name, level, risk, null);
	}

	private long interlocutor(String name, String level, String risk, Long namedReviewer) throws Exception {
		String code = name + "-" + suffix();
		var request = post("/interlocutors").with(as(this.users, this.fieldOfficer))
			.with(csrf())
			.param("teamId", Long.toString(this.team))
			.param("codeName", code)
			.param("realName", "Herrera " + name)
			.param("affiliation", "INTERMEDIARY")
			.param("intermediaryType", "church")
			.param("classification", level)
			.param("riskNotes", risk);
		if (namedReviewer != null) {
			request.param("namedReviewerIds", Long.toString(namedReviewer));
		}
		MvcResult result = this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/interlocutors/");
		return this.jdbc.queryForObject("SELECT id FROM interlocutor WHERE code_name = ?", Long.class, code);
	}

	private long strictIncident() {
		return this.incidents.record(new IncidentForm(this.team, null, null, null, null,
				IncidentType.ATTACK_ON_TRANSPORT, EnumSet.of(Affected.STAFF), LocalDate.of(2026, 1, 10), "MX",
				"Guerrero", "Tlacotepec", null, null, AffectedPeople.unknown(), Certainty.PROBABLE, NARRATIVE, null,
				null, Classification.STRICTLY_CONFIDENTIAL, List.of()), admin(this.fieldOfficer));
	}

	private DestructionView pendingOfMyTeam() {
		return this.destruction.pending(admin("admin"))
			.stream()
			.filter((d) -> d.teamId() == this.team)
			.findFirst()
			.orElseThrow();
	}

	private boolean liveStrictKey() {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM data_key WHERE team_id = ? AND purpose = 'TEAM_STRICT' AND destroyed_at IS NULL",
				Long.class, this.team) == 1;
	}

	private String stored(String table, String column, long id) {
		return this.jdbc.queryForObject("SELECT " + column + " FROM " + table + " WHERE id = ?", String.class, id);
	}

	private static long dataKeyOf(String stored) {
		assertThat(stored).startsWith("pk1:");
		return Long.parseLong(stored.split(":")[1]);
	}

	private CurrentUser admin(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
