package org.parley.scale;

import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * One round of a case, drawn from a generator seeded by its id. About one round in a
 * thousand speaks of ambulances ({@link Texts#AMBULANCES}), so a search for the word
 * finds a few cases per team.
 */
record RoundPlan(long id, int n, LocalDate heldOn, Instant createdAt, String channel, String place,
		String ourParticipants, String theirParticipants, String asked, String offered, String arguments,
		String outcome, String nextStep, boolean last, boolean safe) {

	private static final String[] CHANNELS = { "IN_PERSON", "PHONE", "MESSAGING", "INTERMEDIARY" };

	static RoundPlan of(Layout layout, CasePlan plan, int n) {
		long id = plan.firstRound + n;
		SplittableRandom random = CasePlan.roundRandom(layout, id);
		// The first round of each team's benchmark case, so that every team has one.
		boolean ambulances = random.nextInt(1000) == 0 || (plan.benchmark && n == 0);
		boolean last = n == plan.rounds - 1;
		String outcome = ambulances ? Texts.pick(Texts.AMBULANCE_OUTCOMES, random.nextInt(2))
				: Texts.pick(Texts.OUTCOMES, random.nextInt(Texts.OUTCOMES.size()));
		String nextStep = (last || random.nextInt(3) == 0)
				? Texts.pick(Texts.NEXT_STEPS, random.nextInt(Texts.NEXT_STEPS.size())) : null;
		return new RoundPlan(id, n, plan.roundDay(n), plan.roundAt(n).plusSeconds(6 * 3600),
				CHANNELS[random.nextInt(CHANNELS.length)],
				String.format(Texts.pick(Texts.PLACES, random.nextInt(Texts.PLACES.size())), plan.locality()),
				Texts.pick(Texts.OUR_PARTICIPANTS, random.nextInt(Texts.OUR_PARTICIPANTS.size())),
				Texts.pick(Texts.THEIR_PARTICIPANTS, random.nextInt(Texts.THEIR_PARTICIPANTS.size())),
				Texts.pick(Texts.ASKED, random.nextInt(Texts.ASKED.size())),
				Texts.pick(Texts.OFFERED, random.nextInt(Texts.OFFERED.size())),
				Texts.pick(Texts.ARGUMENTS, random.nextInt(Texts.ARGUMENTS.size())), outcome, nextStep, last,
				random.nextBoolean());
	}

	/** The texts the case search reads: asked, offered, outcome and next step. */
	String[] searched() {
		return new String[] { this.asked, this.offered, this.outcome, this.nextStep };
	}

}
