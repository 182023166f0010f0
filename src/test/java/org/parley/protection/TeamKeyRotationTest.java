package org.parley.protection;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.parley.protection.keys.ColumnWalker;
import org.parley.protection.keys.SealedColumnRegistry;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.support.IntegrationTest;
import org.parley.support.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.parley.support.Users.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator rotates a team's data key, from the keys' page, while Parley keeps
 * working: new values are sealed under the new key at once, every value stays readable
 * throughout, the background walk reseals every sealed column's values under the new key,
 * and once every instance has read the new key the old one is deleted from the keyset,
 * with everything still opening. Each step is in the audit log.
 */
@IntegrationTest
class TeamKeyRotationTest {

	@Autowired
	KeyRotations rotations;

	@Autowired
	FieldSealer sealer;

	@Autowired
	SealedColumnRegistry registry;

	@Autowired
	ColumnWalker walker;

	@Autowired
	UserDetailsService users;

	@Autowired
	MutableClock clock;

	@Autowired
	DataSource dataSource;

	@Autowired
	MockMvc mvc;

	@Test
	void aTeamsKeyRotatesWhileEverythingStaysReadableAndTheOldKeyIsThenDeleted() throws Exception {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		long team = jdbc.queryForObject("SELECT id FROM team WHERE name = 'El Salvador'", Long.class);
		long dataKey = jdbc.queryForObject("SELECT id FROM data_key WHERE team_id = ? AND purpose = 'TEAM'", Long.class,
				team);
		long oldKey = primaryKey(jdbc, dataKey);
		Map<String, String> before = openAll(dataKey);
		assertThat(before).as("the demo's El Salvador values").hasSizeGreaterThan(20);
		assertThat(keysOfValues(dataKey)).containsOnly(oldKey);
		// The case search's key is sealed like any value: its terms stay valid (decision
		// 0029). Every term is made with it, the title's as the rounds' (whose words
		// other tests may have rewritten by now).
		String found = searched("ambulances passage");
		assertThat(found).contains("Ambulance safe passage");
		CurrentUser admin = (CurrentUser) this.users.loadUserByUsername("admin");

		this.mvc
			.perform(post("/admin/keys/rotations").param("keyId", Long.toString(dataKey))
				.param("lang", "en")
				.with(as(this.users, "admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/keys"))
			.andExpect(flash().attributeExists("flash"));
		long rotation = this.rotations.rotations(1).get(0).id();
		this.mvc.perform(get("/admin/keys").param("lang", "en").with(as(this.users, "admin")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("El Salvador"), containsString("Rotating"), containsString("Pass 1:"))));

		long newKey = primaryKey(jdbc, dataKey);
		assertThat(newKey).isNotEqualTo(oldKey);
		assertThatThrownBy(() -> this.rotations.rotate(dataKey, admin)).isInstanceOf(RuleViolation.class)
			.hasMessage("protection.rotation.already-running");
		SealedColumn place = SealedColumn.of("negotiation_round", "place");
		assertThat(this.sealer.seal(team, KeyPurpose.TEAM, place, "A new meeting place").keyId())
			.as("new values are sealed under the new key at once")
			.isEqualTo(newKey);
		assertThat(openAll(dataKey)).as("readable while the rotation runs").isEqualTo(before);

		runUntil(() -> rotation(rotation).pass() > 1 || !rotation(rotation).running());
		assertThat(keysOfValues(dataKey)).as("every value resealed under the new key").containsOnly(newKey);
		assertThat(openAll(dataKey)).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT key_count FROM data_key WHERE id = ?", Integer.class, dataKey))
			.as("the old key is kept until every instance has read the new one")
			.isEqualTo(2);

		this.clock.advance(Duration.ofMinutes(3));
		runUntil(() -> !rotation(rotation).running());
		RotationView done = rotation(rotation);
		assertThat(done.resealed()).isGreaterThanOrEqualTo(before.size());
		assertThat(done.retiredKeys()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT key_count FROM data_key WHERE id = ?", Integer.class, dataKey))
			.as("the old key is deleted")
			.isEqualTo(1);
		assertThat(openAll(dataKey)).as("everything opens without it").isEqualTo(before);
		assertThat(searched("ambulances passage")).as("the search finds the same cases").isEqualTo(found);
		assertThat(jdbc.queryForObject(
				"SELECT count(*) FROM audit_entry WHERE entity_type = 'DataKey' AND entity_id = ? AND team_id = ?",
				Long.class, Long.toString(dataKey), team))
			.as("started and finished, in the audit log")
			.isGreaterThanOrEqualTo(2);
		assertThat(this.rotations.keys()).filteredOn((k) -> k.id() == dataKey)
			.singleElement()
			.satisfies((k) -> assertThat(k.teamName()).isEqualTo("El Salvador"));
	}

	/** The titles of the cases El Salvador's field officer finds with these words. */
	private String searched(String words) throws Exception {
		String json = this.mvc.perform(get("/api/v1/cases").param("q", words).with(as(this.users, "field.sv")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).findValues("title").toString();
	}

	private RotationView rotation(long id) {
		return this.rotations.rotations(50).stream().filter((r) -> r.id() == id).findFirst().orElseThrow();
	}

	/** Steps the rotations (the background worker may take some of the batches). */
	private void runUntil(BooleanSupplier condition) {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("the rotation moves on").isLessThan(deadline);
			this.rotations.step();
		}
	}

	private static long primaryKey(JdbcTemplate jdbc, long dataKey) {
		return jdbc.queryForObject("SELECT primary_key_id FROM data_key WHERE id = ?", Long.class, dataKey);
	}

	/** Every value the data key sealed, opened, by column and row. */
	private Map<String, String> openAll(long dataKey) {
		Map<String, String> values = new LinkedHashMap<>();
		for (SealedColumn column : this.registry.columns()) {
			for (ColumnWalker.Row row : this.walker.sealedUnder(column, dataKey, null, 100_000)) {
				values.put(column.place() + "/" + row.keyText(),
						this.sealer.text(row.teamId(), column, Sealed.stored(row.value())));
			}
		}
		return values;
	}

	/** The keys, within the data key's keyset, that sealed its values. */
	private Set<Long> keysOfValues(long dataKey) {
		Set<Long> keys = new HashSet<>();
		for (SealedColumn column : this.registry.columns()) {
			List<ColumnWalker.Row> rows = this.walker.sealedUnder(column, dataKey, null, 100_000);
			rows.forEach((row) -> keys.add(Sealed.stored(row.value()).keyId()));
		}
		return keys;
	}

}
