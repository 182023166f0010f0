package org.parley.scale;

import java.sql.SQLException;

/**
 * Walks every case in id order, giving each the ids of its rows in the other tables by
 * counting them as it goes: each pass of the load walks the same way and so writes the
 * same ids.
 */
final class Plans {

	private Plans() {
	}

	@FunctionalInterface
	interface Visitor {

		void visit(CasePlan plan) throws SQLException;

	}

	/** What the whole walk counts. */
	record Totals(long cases, long transitions, long decisions, long rounds, long agreements, long checks, long reviews,
			long incidents, long moes, long measurements, long transfers) {
	}

	static Totals walk(Layout layout, Visitor visitor) throws SQLException {
		long transition = layout.transitionBase;
		long decision = layout.decisionBase;
		long round = layout.roundBase;
		long agreement = layout.agreementBase;
		long version = layout.versionBase;
		long check = layout.checkBase;
		long review = layout.reviewBase;
		long incident = layout.incidentBase;
		long moe = layout.moeBase;
		long measurement = layout.measurementBase;
		long transfer = layout.transferBase;
		long cases = 0;
		for (int team = 0; team < Layout.TEAMS; team++) {
			for (int k = 0; k < layout.casesPerTeam; k++) {
				CasePlan plan = new CasePlan(layout, team, k);
				plan.firstTransition = transition + 1;
				transition += plan.transitions();
				plan.decisionId = plan.decision ? ++decision : 0;
				plan.firstRound = round + 1;
				round += plan.rounds;
				if (plan.agreement) {
					plan.agreementId = ++agreement;
					plan.versionId = ++version;
				}
				plan.firstCheck = check + 1;
				check += plan.checks();
				plan.firstReview = review + 1;
				review += plan.reviewDates.size();
				plan.incidentId = plan.incident ? ++incident : 0;
				plan.moeId = plan.moe ? ++moe : 0;
				plan.firstMeasurement = measurement + 1;
				measurement += plan.measurements;
				plan.transferId = plan.transfer ? ++transfer : 0;
				cases++;
				if (visitor != null) {
					visitor.visit(plan);
				}
			}
		}
		return new Totals(cases, transition - layout.transitionBase, decision - layout.decisionBase,
				round - layout.roundBase, agreement - layout.agreementBase, check - layout.checkBase,
				review - layout.reviewBase, incident - layout.incidentBase, moe - layout.moeBase,
				measurement - layout.measurementBase, transfer - layout.transferBase);
	}

}
