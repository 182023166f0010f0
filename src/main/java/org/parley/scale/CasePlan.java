package org.parley.scale;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One case and everything it implies, drawn from a generator seeded by the case's id, so
 * that every pass of the load (one per table) sees the same case. The ids of its rows in
 * other tables are given by the walk, which counts them in case order.
 */
final class CasePlan {

	static final String[] STEPS = { "CONFLICT_ANALYSIS", "UNDERSTANDING_THE_GROUP", "OBJECTIVES", "INTERNAL_DECISION",
			"ENGAGEMENT_MODALITY", "NEGOTIATION_ROUNDS", "AGREEMENT", "FOLLOW_UP", "CLOSURE" };

	/** Of 1000 cases, how many are at each step. */
	private static final int[] STEP_SHARE = { 110, 110, 110, 110, 110, 115, 110, 115, 110 };

	static final int ROUNDS_STEP = 5;

	static final int AGREEMENT_STEP = 6;

	static final int COMMITMENTS = 3;

	final long id;

	final int team;

	final long teamId;

	final boolean benchmark;

	final int step;

	final boolean closed;

	final Instant createdAt;

	final Instant updatedAt;

	/** Seconds from its creation to a day before the load. */
	private final long life;

	final int titleIndex;

	final int localityIndex;

	final int regionIndex;

	final String objectiveType;

	final String priority;

	final int lead;

	final long[] groups;

	final int rounds;

	final boolean decision;

	final boolean agreement;

	/**
	 * The day HQ approved the agreement (at 18:00 UTC, the same day in both teams'
	 * zones), which is the first day of its validity.
	 */
	final LocalDate approvalDay;

	/** The days each commitment fell or falls due (none for agreements not approved). */
	final List<List<LocalDate>> checkDates;

	/** The days the agreement's group is reviewed (agreements in force). */
	final List<LocalDate> reviewDates;

	final boolean incident;

	final boolean moe;

	final int measurements;

	final boolean transfer;

	// The ids of its rows elsewhere, set by the walk.
	long firstTransition;

	long decisionId;

	long firstRound;

	long agreementId;

	long versionId;

	long firstCheck;

	long firstReview;

	long incidentId;

	long moeId;

	long firstMeasurement;

	long transferId;

	CasePlan(Layout layout, int team, int k) {
		this.team = team;
		this.id = layout.caseBase + 1 + (long) team * layout.casesPerTeam + k;
		this.teamId = layout.teamId(team);
		this.benchmark = (k == 0);
		SplittableRandom random = new SplittableRandom(layout.seed * 1_000_003L + this.id);
		this.step = this.benchmark ? 7 : step(random.nextInt(1000));
		this.closed = !this.benchmark && this.step == 8 && random.nextInt(10) < 6;
		// Cases that follow an agreement up are recent: their checks are a few months'.
		boolean following = this.step >= 7 && !this.closed;
		int age = this.benchmark ? 720 : following ? 40 + random.nextInt(120) : 40 + random.nextInt(700);
		this.createdAt = layout.now.minus(Duration.ofDays(age)).plusSeconds(random.nextInt(86_400));
		this.life = Duration.between(this.createdAt, layout.now.minus(Duration.ofDays(1))).getSeconds();
		this.updatedAt = at(this.step + 1, 0);
		this.titleIndex = random.nextInt(Texts.TITLES.size());
		this.regionIndex = random.nextInt(Texts.MX_REGIONS.size());
		this.localityIndex = random.nextInt(Texts.LOCALITIES.size());
		this.objectiveType = OBJECTIVES[random.nextInt(OBJECTIVES.length)];
		this.priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
		this.lead = 1 + random.nextInt(Layout.FIELD_OFFICERS);
		int first = random.nextInt(Layout.GROUPS_PER_TEAM);
		this.groups = (random.nextInt(5) == 0)
				? new long[] { layout.groupId(team, first), layout.groupId(team, first + 1 + random.nextInt(50)) }
				: new long[] { layout.groupId(team, first) };
		this.rounds = this.benchmark ? layout.benchmarkRounds : (this.step >= ROUNDS_STEP) ? 1 + random.nextInt(8) : 0;
		this.decision = this.step >= 3;
		this.agreement = this.step >= AGREEMENT_STEP && (this.benchmark || random.nextInt(10) < 6);
		this.approvalDay = LocalDate.ofInstant(at(AGREEMENT_STEP + 1, 0), ZoneOffset.UTC).minusDays(1);
		Obligations.Dates dates = Obligations.of(this, layout.today);
		this.checkDates = dates.checks();
		this.reviewDates = dates.reviews();
		this.incident = random.nextInt(10) == 0;
		this.moe = this.step >= 2 && random.nextInt(4) == 0;
		this.measurements = (this.moe && this.step >= 7) ? 1 + random.nextInt(3) : 0;
		this.transfer = this.step >= ROUNDS_STEP && random.nextInt(20) == 0;
	}

	private static final String[] OBJECTIVES = { "ACCESS_FOR_ASSISTANCE", "ACCESS_FOR_HEALTH_CARE", "SAFE_PASSAGE",
			"DISTRIBUTION_GROUND_RULES", "PROTECTION_OF_HEALTH_FACILITY", "RELEASE_OF_PERSON", "HUMANITARIAN_PAUSE",
			"COMMITMENT_TO_NORMS" };

	private static final String[] PRIORITIES = { "LOW", "MEDIUM", "MEDIUM", "HIGH", "CRITICAL" };

	private static int step(int draw) {
		int sum = 0;
		for (int s = 0; s < STEP_SHARE.length; s++) {
			sum += STEP_SHARE[s];
			if (draw < sum) {
				return s;
			}
		}
		return STEP_SHARE.length - 1;
	}

	/**
	 * A moment in the case's life: the start of step {@code stage} (0 = created) plus
	 * some hours. Its life runs from its creation to a day before the load.
	 */
	Instant at(int stage, int hours) {
		return this.createdAt.plusSeconds(this.life * stage / (STEPS.length + 1) + hours * 3600L);
	}

	String title() {
		if (this.benchmark) {
			return "Scale benchmark case " + Layout.number(this.team);
		}
		return String.format(Texts.TITLES.get(this.titleIndex), locality());
	}

	String region() {
		return (Layout.mexico(this.team) ? Texts.MX_REGIONS : Texts.SV_REGIONS).get(this.regionIndex);
	}

	String locality() {
		return Texts.LOCALITIES.get(this.localityIndex);
	}

	String leadUsername() {
		return Layout.fieldOfficer(this.team, this.lead);
	}

	String reviewer() {
		return Layout.reviewer(this.team, 1);
	}

	int transitions() {
		return this.step + (this.closed ? 1 : 0);
	}

	int checks() {
		return this.checkDates.stream().mapToInt(List::size).sum();
	}

	Instant approvedAt() {
		return this.approvalDay.atTime(18, 0).toInstant(ZoneOffset.UTC);
	}

	boolean inForce() {
		return this.agreement && this.step >= 7;
	}

	/** When the round was held: spread over the three steps after the rounds began. */
	Instant roundAt(int n) {
		return at(ROUNDS_STEP, 0).plusSeconds(this.life * 3 / (STEPS.length + 1) * n / Math.max(1, this.rounds));
	}

	LocalDate roundDay(int n) {
		return LocalDate.ofInstant(roundAt(n), ZoneOffset.UTC);
	}

	/** A generator for the round, seeded by its id. */
	static SplittableRandom roundRandom(Layout layout, long roundId) {
		return new SplittableRandom(layout.seed * 7_000_003L + roundId);
	}

}
