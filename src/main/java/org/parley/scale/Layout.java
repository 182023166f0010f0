package org.parley.scale;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How big the data is and where its ids start: every table's ids follow the largest
 * present when the load began (an empty database has at most the first administrator), so
 * the passes, which walk the same plan one table at a time, agree on every id.
 */
final class Layout {

	static final int TEAMS = 50;

	static final int FIELD_OFFICERS = 7;

	static final int GROUPS_PER_TEAM = 100;

	static final int STEPS = 9;

	final double factor;

	final long seed;

	final int casesPerTeam;

	final int constraintsPerTeam;

	final int benchmarkRounds;

	final Instant now;

	/**
	 * The organisation's day at the load (its calendar's zone, the default one): what the
	 * hourly schedule of compliance checks counts from.
	 */
	final java.time.LocalDate today;

	long teamBase;

	long userBase;

	long groupBase;

	long caseBase;

	long transitionBase;

	long decisionBase;

	long roundBase;

	long agreementBase;

	long versionBase;

	long checkBase;

	long reviewBase;

	long incidentBase;

	long moeBase;

	long measurementBase;

	long transferBase;

	long constraintBase;

	Layout(double factor, long seed, Instant now) {
		this.factor = factor;
		this.seed = seed;
		this.casesPerTeam = Math.max(20, (int) Math.round(20_000 * factor));
		this.constraintsPerTeam = Math.max(4, (int) Math.round(400 * factor));
		this.benchmarkRounds = Math.max(5, (int) Math.round(400 * Math.min(1, factor * 10)));
		this.now = now.truncatedTo(ChronoUnit.SECONDS);
		this.today = java.time.LocalDate.ofInstant(this.now, java.time.ZoneId.of("America/Mexico_City"));
	}

	int groups() {
		return TEAMS * GROUPS_PER_TEAM;
	}

	long teamId(int team) {
		return this.teamBase + team + 1;
	}

	/** The team's number as its names show it: 01 … 50. */
	static String number(int team) {
		return String.format("%02d", team + 1);
	}

	/** The usernames of a team: s01-fo1 … s01-fo7, s01-hq1, s01-hq2, s01-aud. */
	static String fieldOfficer(int team, int n) {
		return "s" + number(team) + "-fo" + n;
	}

	static String reviewer(int team, int n) {
		return "s" + number(team) + "-hq" + n;
	}

	static String auditor(int team) {
		return "s" + number(team) + "-aud";
	}

	/** The users of a team, in id order: 7 field officers, 2 HQ reviewers, 1 auditor. */
	long userId(int team, int position) {
		return this.userBase + 1 + (long) team * 10 + position;
	}

	long adminId() {
		return this.userBase + 1 + (long) TEAMS * 10;
	}

	/** The groups a team's cases deal with: its own hundred of the registry. */
	long groupId(int team, int n) {
		return this.groupBase + 1 + (long) team * GROUPS_PER_TEAM + Math.floorMod(n, GROUPS_PER_TEAM);
	}

	/** Teams alternate: odd numbers in Mexico, even ones in El Salvador. */
	static boolean mexico(int team) {
		return team % 2 == 0;
	}

	static String country(int team) {
		return mexico(team) ? "MX" : "SV";
	}

	static String timeZone(int team) {
		return mexico(team) ? "America/Mexico_City" : "America/El_Salvador";
	}

}
