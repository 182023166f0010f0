package org.parley.scale;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The records that are not cases: the fifty teams, their 500 accounts and the
 * administrator, their second factors, the registry of 5,000 armed groups with aliases,
 * categories and relations, and the teams' access constraints. Each is drawn the same way
 * by every pass that needs it (the tables, then the audit trail).
 */
final class Directory {

	static final String ADMIN = "scale-admin";

	static final String[] ROLES = { "FIELD_OFFICER", "FIELD_OFFICER", "FIELD_OFFICER", "FIELD_OFFICER", "FIELD_OFFICER",
			"FIELD_OFFICER", "FIELD_OFFICER", "HQ_REVIEWER", "HQ_REVIEWER", "AUDITOR" };

	private static final List<String> FIRST_NAMES = List.of("Ana", "Lucía", "José", "Martín", "Sofía", "Raúl", "Inés",
			"Andrés", "Valeria", "Tomás", "Marisol", "Joaquín");

	private static final List<String> SURNAMES = List.of("Hernández", "Peña", "Núñez", "Ramírez", "Castillo",
			"Gutiérrez", "Ortiz", "Muñoz", "Cortés", "Domínguez");

	private final Layout layout;

	Directory(Layout layout) {
		this.layout = layout;
	}

	/** When the organisation set Parley up: before every case. */
	Instant installedAt() {
		return this.layout.now.minus(Duration.ofDays(800));
	}

	String teamName(int team) {
		return "Scale team " + Layout.number(team);
	}

	String teamDescription(int team) {
		return "Fictional scale team (benchmarks only): "
				+ (Layout.mexico(team) ? "field office in Mexico." : "field office in El Salvador.");
	}

	/** The account at a position of a team (0-9), or the administrator (team -1). */
	String username(int team, int position) {
		if (team < 0) {
			return ADMIN;
		}
		if (position < Layout.FIELD_OFFICERS) {
			return Layout.fieldOfficer(team, position + 1);
		}
		return (position < 9) ? Layout.reviewer(team, position - 6) : Layout.auditor(team);
	}

	String displayName(int team, int position) {
		if (team < 0) {
			return "Scale administrator";
		}
		int n = team * 10 + position;
		return Texts.pick(FIRST_NAMES, n) + " " + Texts.pick(SURNAMES, n / 3 + team) + " (" + username(team, position)
				+ ")";
	}

	/**
	 * Whether the account has a second factor: HQ reviewers, auditors, the administrator.
	 */
	static boolean secondFactor(int team, int position) {
		return team < 0 || position >= Layout.FIELD_OFFICERS;
	}

	// The registry

	/** A group's number from 0 to 4,999 (its id is the base plus one more). */
	String groupName(int g) {
		String name = Texts.pick(Texts.GROUP_STEMS, g) + " de " + Texts.pick(Texts.LOCALITIES, g / 25);
		int faction = g / (Texts.GROUP_STEMS.size() * Texts.LOCALITIES.size());
		return (faction > 0) ? name + " (facción " + (faction + 1) + ")" : name;
	}

	/**
	 * Two or three aliases; every team's hundred groups include some called "Los Güeros".
	 */
	List<String> aliases(int g) {
		Set<String> aliases = new LinkedHashSet<>();
		if (g % 10 == 3) {
			aliases.add("Los Güeros");
		}
		aliases.add(Texts.pick(Texts.ALIASES, g * 7L + 1));
		aliases.add(Texts.pick(Texts.ALIASES, g * 11L + 4));
		return new ArrayList<>(aliases);
	}

	String category(int g) {
		return Texts.pick(Texts.CATEGORIES, g * 3L);
	}

	/**
	 * One relation of each group to another of its team's hundred: alliance or rivalry.
	 */
	int relatedTo(int g) {
		int team = g / Layout.GROUPS_PER_TEAM;
		int other = Math.floorMod(g + 1 + (g * 13) % 40, Layout.GROUPS_PER_TEAM);
		int related = team * Layout.GROUPS_PER_TEAM + other;
		return (related == g) ? team * Layout.GROUPS_PER_TEAM + Math.floorMod(other + 1, Layout.GROUPS_PER_TEAM)
				: related;
	}

	String relationKind(int g) {
		return (g % 3 == 0) ? "ALLIANCE" : (g % 3 == 1) ? "RIVALRY" : "TRUCE";
	}

	LocalDate relationSince(int g) {
		return LocalDate.of(2015 + g % 10, 1 + g % 12, 1 + g % 28);
	}

	String stance(int g) {
		return (g % 3 == 0) ? "ACCEPTING" : (g % 3 == 1) ? "AMBIVALENT" : "HOSTILE";
	}

	String description(int g) {
		return "Fictional group (scale data): controls roads and villages around "
				+ Texts.pick(Texts.LOCALITIES, g / 25) + ".";
	}

	Instant groupCreatedAt(int g) {
		return installedAt().plus(Duration.ofHours(g));
	}

	static String fold(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return plain.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	String searchText(int g) {
		StringBuilder text = new StringBuilder(fold(groupName(g)));
		for (String alias : aliases(g)) {
			text.append('\n').append(fold(alias));
		}
		return text.toString();
	}

	// Access constraints

	/** A team's constraint, drawn from its own generator. */
	record Constraint(long id, int team, String region, String locality, LocalDate startedOn, LocalDate endedOn,
			String category, String subtype, String description, long caseId, long groupId, String recordedBy,
			Instant recordedAt) {
	}

	private static final String[][] SUBTYPES = { { "MOVEMENT_RESTRICTED", "CHECKPOINT" },
			{ "MOVEMENT_RESTRICTED", "ROADBLOCK" }, { "MOVEMENT_RESTRICTED", "INVISIBLE_BORDER" },
			{ "INTERFERENCE", "TAXATION_OF_AID" }, { "INTERFERENCE", "BENEFICIARY_LIST_DEMANDS" },
			{ "VIOLENCE_AGAINST_AID", "THREAT" }, { "HOSTILITIES", "CLASHES_BETWEEN_GROUPS" },
			{ "POPULATION_ACCESS_RESTRICTED", "CONFINEMENT" } };

	Constraint constraint(int team, int n) {
		long id = this.layout.constraintBase + 1 + (long) team * this.layout.constraintsPerTeam + n;
		SplittableRandom random = new SplittableRandom(this.layout.seed * 31 + id);
		String[] kind = SUBTYPES[random.nextInt(SUBTYPES.length)];
		LocalDate started = LocalDate.ofInstant(this.layout.now, ZoneOffset.UTC).minusDays(5 + random.nextInt(700));
		LocalDate ended = random.nextBoolean() ? started.plusDays(1 + random.nextInt(60)) : null;
		long caseId = this.layout.caseBase + 1 + (long) team * this.layout.casesPerTeam
				+ random.nextInt(this.layout.casesPerTeam);
		String region = (Layout.mexico(team) ? Texts.MX_REGIONS : Texts.SV_REGIONS).get(random.nextInt(8));
		return new Constraint(id, team, region, Texts.pick(Texts.LOCALITIES, random.nextInt(16)), started, ended,
				kind[0], kind[1], Texts.pick(Texts.NARRATIVES, random.nextInt(8)), caseId,
				this.layout.groupId(team, random.nextInt(Layout.GROUPS_PER_TEAM)),
				Layout.fieldOfficer(team, 1 + random.nextInt(Layout.FIELD_OFFICERS)),
				started.atStartOfDay(ZoneOffset.UTC).toInstant().plus(Duration.ofHours(20)));
	}

}
