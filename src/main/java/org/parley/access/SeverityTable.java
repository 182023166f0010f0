package org.parley.access;

import java.time.YearMonth;
import java.util.List;

/**
 * Severity of access constraints by area (rows) and month (columns), as HQ compares them:
 * each row a team's area, each cell the month's severity or nothing when the month was
 * not rated, and the trend between the row's last two rated months.
 *
 * @param months the months shown, oldest first
 * @param rows the areas, by country, region and locality
 * @param nextCursor the cursor of the next page of areas, null on the last
 */
public record SeverityTable(List<YearMonth> months, List<Row> rows, String nextCursor) {

	/** The severity labels' scale: 0 none or low, 1 moderate, 2 high, 3 extreme. */
	public static final int MAX = 3;

	public boolean hasNext() {
		return this.nextCursor != null;
	}

	/**
	 * One team's area.
	 *
	 * @param cells one per month of the table, in its order
	 */
	public record Row(long teamId, String teamName, Area area, List<Cell> cells, Trend trend) {

		/** Whether some month of the row gives its reasons. */
		public boolean hasReasons() {
			return this.cells.stream().anyMatch((cell) -> cell.reasons() != null);
		}

		/** The line of the row's chart, broken where a month was not rated. */
		public Sparkline sparkline() {
			return Sparkline.of(this.cells.stream().map(Cell::severity).toList());
		}

	}

	/**
	 * A month of an area: its severity and reasons, or nulls when it was not rated.
	 */
	public record Cell(YearMonth month, Integer severity, String reasons, Long version) {

		public boolean rated() {
			return this.severity != null;
		}

	}

	/**
	 * How the last two rated months of a row compare.
	 *
	 * @param change the later month's severity minus the earlier's; null when fewer than
	 * two months are rated
	 */
	public record Trend(Direction direction, Integer change, YearMonth from, YearMonth to) {

		static Trend of(List<Cell> cells) {
			List<Cell> rated = cells.stream().filter(Cell::rated).toList();
			if (rated.size() < 2) {
				return new Trend(Direction.UNKNOWN, null, null, null);
			}
			Cell before = rated.get(rated.size() - 2);
			Cell last = rated.get(rated.size() - 1);
			int change = last.severity() - before.severity();
			Direction direction = (change > 0) ? Direction.WORSE : (change < 0) ? Direction.BETTER : Direction.STEADY;
			return new Trend(direction, change, before.month(), last.month());
		}

		/** The change with its sign, "+1", "-2", "0"; empty when unknown. */
		public String signedChange() {
			return (this.change == null) ? "" : (this.change > 0) ? "+" + this.change : Integer.toString(this.change);
		}

		/** An arrow beside the words, for sighted readers: up is worse. */
		public String symbol() {
			return switch (this.direction) {
				case WORSE -> "\u25B2";
				case BETTER -> "\u25BC";
				case STEADY -> "=";
				case UNKNOWN -> "";
			};
		}

	}

	/** Worse means more severe constraints. */
	public enum Direction {

		WORSE, BETTER, STEADY, UNKNOWN

	}

	/**
	 * A row's chart drawn in a 100 × 30 box: x by month, y by severity (3 at the top), a
	 * segment for each run of rated months and a dot for each rated month.
	 */
	public record Sparkline(List<String> segments, List<Dot> dots) {

		static final double WIDTH = 100;

		static final double HEIGHT = 30;

		static final double PAD = 3;

		static Sparkline of(List<Integer> severities) {
			int n = severities.size();
			List<Dot> dots = new java.util.ArrayList<>();
			List<String> segments = new java.util.ArrayList<>();
			StringBuilder run = new StringBuilder();
			int inRun = 0;
			for (int i = 0; i < n; i++) {
				Integer severity = severities.get(i);
				if (severity == null) {
					if (inRun > 1) {
						segments.add(run.toString().trim());
					}
					run.setLength(0);
					inRun = 0;
					continue;
				}
				double x = (n == 1) ? WIDTH / 2 : PAD + i * (WIDTH - 2 * PAD) / (n - 1);
				double y = HEIGHT - PAD - severity * (HEIGHT - 2 * PAD) / MAX;
				dots.add(new Dot(round(x), round(y), severity));
				run.append(round(x)).append(',').append(round(y)).append(' ');
				inRun++;
			}
			if (inRun > 1) {
				segments.add(run.toString().trim());
			}
			return new Sparkline(List.copyOf(segments), List.copyOf(dots));
		}

		private static double round(double value) {
			return Math.round(value * 10) / 10.0;
		}

		/** The y of each severity's grid line, 0 to 3. */
		public List<Double> grid() {
			return java.util.stream.IntStream.rangeClosed(0, MAX)
				.mapToObj((severity) -> round(HEIGHT - PAD - severity * (HEIGHT - 2 * PAD) / MAX))
				.toList();
		}

	}

	/** A rated month on the chart. */
	public record Dot(double x, double y, int severity) {

	}

}
