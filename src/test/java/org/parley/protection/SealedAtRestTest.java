package org.parley.protection;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.armedgroup.Affiliation;
import org.parley.armedgroup.InterlocutorForm;
import org.parley.armedgroup.InterlocutorRegistry;
import org.parley.armedgroup.InterlocutorView;
import org.parley.shared.CurrentUser;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sensitive fields are sealed in the database and read as before on pages: a value
 * written in clear before sealing existed is sealed by Parley's start, the history of a
 * sealed field says it changed and never what it held, and a list opens none of what it
 * does not show.
 */
@IntegrationTest
class SealedAtRestTest {

	@Autowired
	KeyRotations rotations;

	@Autowired
	InterlocutorRegistry interlocutors;

	@Autowired
	UserDetailsService users;

	@Autowired
	DataSource dataSource;

	private JdbcTemplate jdbc;

	private long guerrero;

	@BeforeEach
	void setUp() {
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.guerrero = this.jdbc.queryForObject("SELECT id FROM team WHERE name = 'México – Guerrero'", Long.class);
	}

	@Test
	void anInterlocutorWrittenInClearBeforeSealingIsSealedAtStartAndReadsAsBefore() {
		long id = this.jdbc.queryForObject("""
				INSERT INTO interlocutor (team_id, code_name, real_name, affiliation, intermediary_type,
				                          contact_details, influence_notes, created_by, created_at, updated_at)
				VALUES (?, 'LEGACY-1', 'Rosa Elvira Campos (fictional)', 'INTERMEDIARY', 'church',
				        'Market stall 14, mornings', 'Knows the plaza chief''s mother', 'field.mx', now(), now())
				RETURNING id""", Long.class, this.guerrero);

		// its three fields, and any another test of the run left in clear
		assertThat(this.rotations.sealUnsealed()).isGreaterThanOrEqualTo(3);

		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT real_name, contact_details, influence_notes FROM interlocutor WHERE id = ?", id);
		assertThat(row.values()).allSatisfy((value) -> assertThat((String) value).startsWith("pk1:")
			.doesNotContain("Rosa")
			.doesNotContain("Market")
			.doesNotContain("plaza"));
		CurrentUser mx = user("field.mx");
		assertThat(this.interlocutors.reveal(id, "checking the upgrade", mx)).isEqualTo(
				new InterlocutorRegistry.Revealed("Rosa Elvira Campos (fictional)", "Market stall 14, mornings"));
		assertThat(this.interlocutors.details(id, mx).influenceNotes()).isEqualTo("Knows the plaza chief's mother");
		assertThat(this.rotations.sealUnsealed()).as("nothing left in clear").isZero();
	}

	@Test
	void theHistoryOfASealedFieldSaysItChangedNeverWhatItHeldNorItsSealedForm() {
		CurrentUser mx = user("field.mx");
		long id = this.interlocutors.record(form("HISTORIA-" + System.nanoTime() % 100000, "First risk: the road"), mx);
		InterlocutorView view = this.interlocutors.details(id, mx);
		this.interlocutors.update(id, view.version(), form(view.codeName(), "Second risk: the checkpoint"), mx);
		this.interlocutors.update(id, view.version() + 1, form(view.codeName(), "Second risk: the checkpoint"), mx);

		List<String> changes = this.jdbc.queryForList(
				"SELECT changes::text FROM audit_entry WHERE entity_type = 'Interlocutor' AND entity_id = ? ORDER BY seq",
				String.class, Long.toString(id));
		assertThat(changes).as("created, then changed once: saving it unchanged writes nothing").hasSize(2);
		assertThat(changes).allSatisfy((entry) -> assertThat(entry).contains("riskNotes")
			.contains("[redacted]")
			.doesNotContain("risk:")
			.doesNotContain("pk1:"));
		assertThat(this.interlocutors.details(id, mx).riskNotes()).isEqualTo("Second risk: the checkpoint");
	}

	@Test
	void theListOfInterlocutorsOpensNoNotesWhileTheApiListStillHasThem() {
		CurrentUser mx = user("field.mx");
		assertThat(this.interlocutors.summaries(mx, "PASTOR", null, null, 10).items()).singleElement()
			.satisfies((row) -> assertThat(row.influenceNotes()).isNull());
		assertThat(this.interlocutors.page(mx, "PASTOR", null, null, 10).items()).singleElement()
			.satisfies((row) -> assertThat(row.influenceNotes())
				.isEqualTo("Trusted by the plaza chiefs; baptised half the village."));
	}

	private InterlocutorForm form(String codeName, String risk) {
		return new InterlocutorForm(this.guerrero, codeName, "Name of " + codeName, false, "Shopkeeper",
				Affiliation.INTERMEDIARY, null, "church", null, null, false, null, null, risk);
	}

	private CurrentUser user(String username) {
		return (CurrentUser) this.users.loadUserByUsername(username);
	}

}
