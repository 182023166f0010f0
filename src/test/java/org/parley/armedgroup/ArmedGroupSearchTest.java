package org.parley.armedgroup;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.parley.shared.CurrentUser;
import org.parley.shared.KeysetPage;
import org.parley.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding groups the way field officers type: without accents, in any case, by alias,
 * narrowed by country, category, tactic and stance, page after page in a stable order.
 */
@IntegrationTest
class ArmedGroupSearchTest {

	@Autowired
	ArmedGroupRegistry registry;

	@Autowired
	ArmedGroupQueries queries;

	@Autowired
	UserDetailsService users;

	@Test
	void sierraAltaFindsTheCartelWhateverTheAccentsAndCapitals() {
		assertThat(names(search("sierra alta"))).contains("Cártel del Sierra Alta");
		assertThat(names(search("CARTEL DEL SIERRA"))).contains("Cártel del Sierra Alta");
		assertThat(names(search("cártel  sierra"))).contains("Cártel del Sierra Alta");
	}

	@Test
	void anAliasFindsItsGroup() {
		String tag = tag();
		long id = register("Grupo " + tag, List.of("Los Güeros " + tag, "Señores " + tag), Set.of("cartel"), Set.of(),
				null);
		assertThat(ids(search("gueros " + tag))).containsExactly(id);
		assertThat(ids(search("senores " + tag))).containsExactly(id);
		assertThat(ids(search("nothing-like-" + tag))).isEmpty();
	}

	@Test
	void wildcardsInTheQueryAreTakenLiterally() {
		String tag = tag();
		register("Porcentaje " + tag, List.of(), Set.of(), Set.of(), null);
		assertThat(ids(search("100% " + tag))).isEmpty();
		assertThat(ids(search("_" + tag.substring(1)))).isEmpty();
	}

	@Test
	void filtersNarrowByCountryCategoryTacticAndStance() {
		String tag = tag();
		long gang = register("Clica " + tag, List.of(), Set.of("gang"), Set.of("drive-by-shootings"), Stance.HOSTILE);
		long militia = register("Milicia " + tag, List.of(), Set.of("militia"), Set.of("kidnapping"), Stance.ACCEPTING);
		this.registry.addPresence(gang, new Presence("SV", "San Miguel", null, ControlLevel.DOMINANT, null),
				fieldOfficer());
		this.registry.addPresence(militia, new Presence("GT", null, null, ControlLevel.PRESENT, null), fieldOfficer());

		assertThat(ids(find(tag, "SV", null, null, null))).containsExactly(gang);
		assertThat(ids(find(tag, null, "militia", null, null))).containsExactly(militia);
		assertThat(ids(find(tag, null, null, "drive-by-shootings", null))).containsExactly(gang);
		assertThat(ids(find(tag, null, null, null, Stance.ACCEPTING))).containsExactly(militia);
		assertThat(ids(find(tag, "GT", "gang", null, null))).isEmpty();
	}

	@Test
	void pagesFollowEachOtherInNameOrderWithoutGapsOrRepeats() {
		String tag = tag();
		List<String> expected = new ArrayList<>();
		for (String name : List.of("Ñandú", "alfa", "Beta", "Ángel", "delta", "Eco", "Gama")) {
			register(name + " " + tag, List.of(), Set.of(), Set.of(), null);
		}
		expected.addAll(List.of("alfa", "Ángel", "Beta", "delta", "Eco", "Gama", "Ñandú"));
		List<String> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			KeysetPage<GroupSummary> page = this.queries.search(new GroupSearch(tag, null, null, null, null, "name"),
					cursor, 3);
			page.items().forEach((group) -> seen.add(group.name().replace(" " + tag, "")));
			cursor = page.nextCursor();
			pages++;
		}
		while (cursor != null);
		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactlyElementsOf(expected);
	}

	@Test
	void theNewestChangeComesFirstWhenSortedByUpdate() {
		String tag = tag();
		long first = register("Primero " + tag, List.of(), Set.of(), Set.of(), null);
		long second = register("Segundo " + tag, List.of(), Set.of(), Set.of(), null);
		this.registry.addLabel(first, new GroupLabel("Armed group", "Test source"), fieldOfficer());
		List<Long> order = ids(this.queries.search(new GroupSearch(tag, null, null, null, null, "updated"), null, 10));
		assertThat(order).containsExactly(first, second);
	}

	@Test
	void aForgedCursorStartsFromTheBeginningInsteadOfFailing() {
		assertThat(this.queries.search(new GroupSearch("sierra", null, null, null, null, "name"), "not-a-cursor", 5)
			.items()).isNotEmpty();
		assertThat(
				this.queries.search(new GroupSearch("sierra", null, null, null, null, "updated"), "bm90LWEtZGF0ZQB4", 5)
					.items())
			.isNotEmpty();
	}

	private KeysetPage<GroupSummary> search(String q) {
		return this.queries.search(new GroupSearch(q, null, null, null, null, null), null, 25);
	}

	private KeysetPage<GroupSummary> find(String q, String country, String category, String tactic, Stance stance) {
		return this.queries.search(new GroupSearch(q, country, category, tactic, stance, null), null, 25);
	}

	private long register(String name, List<String> aliases, Set<String> categories, Set<String> tactics,
			Stance stance) {
		return this.registry
			.register(
					new GroupProfile(name, aliases, categories, tactics, Set.of(), null, null, null, null, null, null,
							null, null, null, null, null, null, null, null, stance, null, null, null, null),
					fieldOfficer());
	}

	private CurrentUser fieldOfficer() {
		return (CurrentUser) this.users.loadUserByUsername("field.mx");
	}

	private static String tag() {
		return "t" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static List<String> names(KeysetPage<GroupSummary> page) {
		return page.items().stream().map(GroupSummary::name).toList();
	}

	private static List<Long> ids(KeysetPage<GroupSummary> page) {
		return page.items().stream().map(GroupSummary::id).toList();
	}

}
