package org.parley.audit;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.identity.Accounts;
import org.parley.identity.FirstPasswords;
import org.parley.identity.Role;
import org.parley.identity.TeamAdministration;
import org.parley.identity.UserAdministration;
import org.parley.support.ConfirmedAccounts;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Features get auditing for free: these tests call ordinary services, which never mention
 * the audit log, and find every change in it.
 */
@IntegrationTest
class AuditListenerTest {

	@Autowired
	TeamAdministration teams;

	@Autowired
	UserAdministration users;

	@Autowired
	Accounts accounts;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditQueries queries;

	@Autowired
	AuditChainVerifier verifier;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditLog auditLog;

	@BeforeEach
	void signedInAsTheAdministrator() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMIN"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void creatingARecordWritesEveryFieldAndWhoDidIt() {
		long id = this.teams.create("Guatemala", "Country office");

		AuditEntryView entry = only("Team", id);
		assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
		assertThat(entry.actor()).isEqualTo("admin");
		assertThat(entry.teamId()).as("a team is organisation-wide reference data").isNull();
		assertThat(entry.changes()).containsEntry("name", new FieldChange(null, "Guatemala"))
			.containsEntry("description", new FieldChange(null, "Country office"))
			.doesNotContainKey("version");
	}

	@Test
	void anUpdateWritesOldAndNewValuesOfTheChangedFieldsOnly() {
		long id = this.teams.create("Colombia", "Country office");
		long version = this.teams.get(id).getVersion();

		this.teams.rename(id, version, "Colombia – Cauca", "Country office");

		AuditEntryView update = entries("Team", id).get(0);
		assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
		assertThat(update.changes()).containsOnly(Map.entry("name", new FieldChange("Colombia", "Colombia – Cauca")));
	}

	@Test
	void changesToRolesAndTeamsShowTheSetsBeforeAndAfter() {
		long team = this.teams.create("Nicaragua", null);
		UserAdministration.Created user = ConfirmedAccounts.create(this.users, this.jdbc,
				new UserAdministration.NewUser("roles.change", "Roles Change", EnumSet.of(Role.FIELD_OFFICER),
						Set.of()));
		long version = this.users.get(user.id()).getVersion();

		this.users.describe(user.id(), version, "Roles Change", null, EnumSet.of(Role.ADMIN), Set.of(team), null, 0);

		AuditEntryView update = entries("UserAccount", user.id()).get(0);
		assertThat(update.changes()).containsEntry("roles", new FieldChange("[FIELD_OFFICER]", "[ADMIN]"))
			.containsEntry("teams", new FieldChange("[]", "[Team#" + team + "]"));
	}

	@Test
	void passwordsNeverReachTheLog() {
		UserAdministration.Created user = ConfirmedAccounts.create(this.users, this.jdbc,
				new UserAdministration.NewUser("secret.keeper", "Secret Keeper", EnumSet.of(Role.AUDITOR), Set.of()));

		FirstPasswords.choose(this.context, user, "a first and private sentence");
		AuditEntryView chosen = entries("UserAccount", user.id()).get(0);
		assertThat(chosen.changes()).containsEntry("passwordHash", FieldChange.redacted())
			.containsEntry("resetCodeHash", FieldChange.redacted())
			.containsEntry("mustChangePassword", new FieldChange("true", "false"));

		this.accounts.changePassword(user.id(), "a first and private sentence", "a long and private sentence");

		AuditEntryView change = entries("UserAccount", user.id()).get(0);
		assertThat(change.changes()).containsEntry("passwordHash", FieldChange.redacted());
		assertThat(entries("UserAccount", user.id()))
			.allSatisfy((e) -> assertThat(e.changes().toString()).doesNotContain("bcrypt")
				.doesNotContain("private sentence")
				.doesNotContain(user.resetCode()));
	}

	@Test
	void disablingIsAStateChangeWithTheReasonGiven() {
		UserAdministration.Created user = ConfirmedAccounts.create(this.users, this.jdbc,
				new UserAdministration.NewUser("leaving.soon", "Leaving Soon", EnumSet.of(Role.FIELD_OFFICER),
						Set.of()));

		this.users.disable(user.id(), "contract ended", 0);

		AuditEntryView change = entries("UserAccount", user.id()).get(0);
		assertThat(change.action()).isEqualTo(AuditAction.STATE_CHANGE);
		assertThat(change.reason()).isEqualTo("contract ended");
		assertThat(change.changes()).containsEntry("enabled", new FieldChange("true", "false"));
	}

	@Test
	void aReasonStaysOnTheActionItExplainsWhateverTheTransactionDoesNext() {
		UserAdministration.Created user = ConfirmedAccounts.create(this.users, this.jdbc,
				new UserAdministration.NewUser("moving.on", "Moving On", EnumSet.of(Role.FIELD_OFFICER), Set.of()));
		long team = this.teams.create("Honduras", "Country office");

		this.transactions.executeWithoutResult((status) -> {
			this.users.disable(user.id(), "left for another mission", 0);
			this.teams.rename(team, this.teams.get(team).getVersion(), "Honduras", "Country office, Tegucigalpa");
			this.users.enable(user.id(), null);
		});

		List<AuditEntryView> ofUser = entries("UserAccount", user.id());
		assertThat(ofUser).as("disabled, then enabled in the same transaction: two actions, two entries")
			.extracting(AuditEntryView::reason)
			.containsExactly(null, "left for another mission", "test account");
		assertThat(ofUser.get(1).changes()).containsEntry("enabled", new FieldChange("true", "false"));
		assertThat(ofUser.get(0).changes()).containsEntry("enabled", new FieldChange("false", "true"));
		assertThat(entries("Team", team).get(0).reason()).as("the team's edit came after the reason's action").isNull();
	}

	@Test
	void aRolledBackChangeLeavesNoEntry() {
		long before = this.queries.page(new AuditQueries.Scope(true, Set.of()), AuditQueries.Filter.none(), null, 1)
			.items()
			.get(0)
			.seq();

		this.transactions.executeWithoutResult((status) -> {
			this.teams.create("Never Saved", null);
			status.setRollbackOnly();
		});

		assertThat(this.queries.page(new AuditQueries.Scope(true, Set.of()), AuditQueries.Filter.none(), null, 1)
			.items()
			.get(0)
			.seq()).isEqualTo(before);
	}

	@Test
	void theChainStaysIntactThroughEverydayWork() {
		this.teams.create("Panamá", null);

		assertThat(this.verifier.verify().intact()).isTrue();
	}

	@Test
	void auditorsSeeOnlyTheEntriesOfTheirTeams() {
		long mine = this.teams.create("Auditor Team A", null);
		long other = this.teams.create("Auditor Team B", null);
		this.auditLog.record("field.mx", AuditAction.UPDATE, "Case", "1", mine, Map.of(), null);
		this.auditLog.record("field.sv", AuditAction.UPDATE, "Case", "2", other, Map.of(), null);

		List<AuditEntryView> seen = this.queries
			.page(new AuditQueries.Scope(false, Set.of(mine)), AuditQueries.Filter.none(), null, 500)
			.items();

		assertThat(seen).isNotEmpty().extracting(AuditEntryView::teamId).containsOnly(mine);
	}

	@Test
	void unlockingAnAccountIsRecorded() {
		UserAdministration.Created user = ConfirmedAccounts.create(this.users, this.jdbc,
				new UserAdministration.NewUser("unlocked.by.admin", "Unlocked", EnumSet.of(Role.FIELD_OFFICER),
						Set.of()));

		this.users.unlock(user.id());

		AuditEntryView entry = entries("UserAccount", user.id()).get(0);
		assertThat(entry.action()).isEqualTo(AuditAction.STATE_CHANGE);
		assertThat(entry.actor()).isEqualTo("admin");
		assertThat(entry.changes()).containsKey("lockedUntil");
	}

	private AuditEntryView only(String type, long id) {
		List<AuditEntryView> entries = entries(type, id);
		assertThat(entries).hasSize(1);
		return entries.get(0);
	}

	/** Newest first. */
	private List<AuditEntryView> entries(String type, long id) {
		return this.queries
			.page(new AuditQueries.Scope(true, Set.of(id)), new AuditQueries.Filter(null, type, Long.toString(id)),
					null, 100)
			.items();
	}

}
