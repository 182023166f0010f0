package org.parley.agreement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.parley.agreement.Commitment;
import org.parley.agreement.CommitmentCategory;
import org.parley.shared.CurrentUser;
import org.parley.shared.PlausibleDate;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Implementation scores of an agreement's commitments per month (Peace Accords Matrix,
 * 0–3), and their roll-ups as a percentage of the full score, per agreement and per
 * commitment category, month by month.
 */
@Service
public class ImplementationScores {

	private final ImplementationScoreRepository scores;

	private final AgreementAccess access;

	private final TeamCalendar calendar;

	private final Clock clock;

	ImplementationScores(ImplementationScoreRepository scores, AgreementAccess access, TeamCalendar calendar,
			Clock clock) {
		this.scores = scores;
		this.access = access;
		this.calendar = calendar;
		this.clock = clock;
	}

	/**
	 * Scores one commitment of the version in force for one month (this month or an
	 * earlier one).
	 */
	@Transactional
	public void score(long agreementId, String commitmentKey, LocalDate month, int value, String note,
			CurrentUser user) {
		Agreement agreement = this.access.toMonitor(agreementId, user);
		if (month != null && !PlausibleDate.Range.accepts(month.withDayOfMonth(1))) {
			throw new RuleViolation("period", PlausibleDate.MESSAGE_KEY);
		}
		if (agreement.getInForceVersion() == null) {
			throw new RuleViolation(null, "agreement.score.not-approved");
		}
		if (month == null || month.withDayOfMonth(1).isAfter(this.calendar.today().withDayOfMonth(1))) {
			throw new RuleViolation("period", "agreement.score.future");
		}
		Commitment commitment = agreement.inForceContent()
			.flatMap((
					content) -> content.commitments().stream().filter((c) -> c.key().equals(commitmentKey)).findFirst())
			.orElseThrow(() -> new RuleViolation(null, "agreement.score.unknown-commitment"));
		ImplementationScore score = this.scores
			.findByAgreementIdAndCommitmentKeyAndPeriod(agreementId, commitmentKey, month.withDayOfMonth(1))
			.orElseGet(() -> new ImplementationScore(agreementId, agreement.teamId(), commitment, month));
		score.score(value, note, user.username(), this.clock.instant());
		this.scores.saveAndFlush(score);
	}

	/**
	 * Everything the agreement page shows of the scores (the caller has checked that the
	 * reader may read the agreement).
	 */
	@Transactional(readOnly = true)
	public Summary summary(long agreementId) {
		List<ImplementationScore> all = this.scores.findByAgreementIdOrderByPeriodAsc(agreementId);
		Map<String, Map<LocalDate, Integer>> byCommitment = new LinkedHashMap<>();
		Map<LocalDate, int[]> byMonth = new TreeMap<>();
		Map<CommitmentCategory, Map<LocalDate, int[]>> byCategory = new TreeMap<>();
		for (ImplementationScore s : all) {
			byCommitment.computeIfAbsent(s.getCommitmentKey(), (k) -> new TreeMap<>()).put(s.getPeriod(), s.getScore());
			add(byMonth.computeIfAbsent(s.getPeriod(), (p) -> new int[2]), s.getScore());
			add(byCategory.computeIfAbsent(s.getCategory(), (c) -> new TreeMap<>())
				.computeIfAbsent(s.getPeriod(), (p) -> new int[2]), s.getScore());
		}
		List<LocalDate> months = new ArrayList<>(byMonth.keySet());
		Map<LocalDate, Integer> overall = new TreeMap<>();
		byMonth.forEach((month, sums) -> overall.put(month, percent(sums)));
		Map<CommitmentCategory, Map<LocalDate, Integer>> categories = new TreeMap<>();
		byCategory.forEach((category, perMonth) -> {
			Map<LocalDate, Integer> percents = new TreeMap<>();
			perMonth.forEach((month, sums) -> percents.put(month, percent(sums)));
			categories.put(category, percents);
		});
		return new Summary(months, byCommitment, overall, categories);
	}

	/**
	 * Every score of an agreement, by month then commitment (the caller has checked that
	 * the reader may read the agreement).
	 */
	@Transactional(readOnly = true)
	public List<org.parley.agreement.ScoreView> all(long agreementId) {
		return this.scores.findByAgreementIdOrderByPeriodAsc(agreementId)
			.stream()
			.map((s) -> new org.parley.agreement.ScoreView(agreementId, s.getCommitmentKey(), s.getCategory(),
					s.getPeriod(), s.getScore(), s.getNote(), s.getScoredBy(), s.getScoredAt()))
			.toList();
	}

	private static void add(int[] sums, int score) {
		sums[0] += score;
		sums[1] += 3;
	}

	private static int percent(int[] sums) {
		return (sums[1] == 0) ? 0 : Math.round(100f * sums[0] / sums[1]);
	}

	/**
	 * The scores of an agreement: per commitment and month, and the percentage of the
	 * full score per month, overall and per category.
	 */
	public record Summary(List<LocalDate> months, Map<String, Map<LocalDate, Integer>> byCommitment,
			Map<LocalDate, Integer> overall, Map<CommitmentCategory, Map<LocalDate, Integer>> byCategory) {

		/**
		 * The percentages as lines over the months: overall first, then one per category
		 * (null in a month where the category was not scored).
		 */
		public List<Line> lines() {
			List<Line> lines = new ArrayList<>();
			lines.add(new Line(null, this.months.stream().map(this.overall::get).toList()));
			this.byCategory.forEach((category, percents) -> lines
				.add(new Line(category, this.months.stream().map(percents::get).toList())));
			return lines;
		}

	}

	/**
	 * One line of the chart of scores.
	 *
	 * @param category the category, or null for the overall percentage
	 * @param percents one per month of the summary, null where nothing was scored
	 */
	public record Line(CommitmentCategory category, List<Integer> percents) {
	}

}
