package org.parley.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/**
 * Every request the virtual users make, as Gatling timed it (its response time) with its
 * status, so that the run can be summed up over the measured window alone, with the
 * trivial page of the same run as the yardstick. Gatling's own HTML report has the same
 * requests (warm-up ones named apart); this is the short table to compare runs by.
 */
final class Recorder {

	/** The request every other is compared with: the trivial authenticated page. */
	static final String TRIVIAL = "trivial: password page";

	private static final Queue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();

	private Recorder() {
	}

	/**
	 * @param start when the request was sent (epoch ms)
	 * @param millis its response time
	 * @param status the HTTP status, 0 when no answer came
	 * @param ok whether it answered what it should
	 * @param note anything else worth keeping (the id of a round recorded)
	 */
	record Sample(String name, long start, long millis, int status, boolean ok, String note) {
	}

	static void add(Sample sample) {
		SAMPLES.add(sample);
	}

	static List<Sample> between(long from, long to) {
		return SAMPLES.stream().filter((s) -> s.start() >= from && s.start() < to).toList();
	}

	/** Every sample, one line each, for scripts (bench/db-restart.sh). */
	static void writeCsv(Path file) {
		List<String> lines = new ArrayList<>();
		lines.add("start_ms,millis,status,ok,name,note");
		SAMPLES.stream()
			.sorted(Comparator.comparingLong(Sample::start))
			.forEach((s) -> lines.add(s.start() + "," + s.millis() + "," + s.status() + "," + s.ok() + ","
					+ s.name().replace(',', ';') + "," + ((s.note() != null) ? s.note() : "")));
		write(file, String.join("\n", lines) + "\n");
	}

	/**
	 * The summary of the measured window: per request, count, failures, percentiles,
	 * requests per second as run, and as a ratio to the trivial page.
	 * @return the Markdown table, also written to the file
	 */
	static String writeSummary(Path file, BenchConfig config, long from, long to) {
		List<Sample> measured = between(from, to);
		Map<String, List<Sample>> byName = measured.stream()
			.collect(Collectors.groupingBy(Sample::name, LinkedHashMap::new, Collectors.toList()));
		double seconds = (to - from) / 1000.0;
		int concurrency = config.fieldUsers() + config.hqUsers() + config.auditorUsers();
		Stats trivial = Stats.of(byName.getOrDefault(TRIVIAL, List.of()), seconds, concurrency);
		StringBuilder md = new StringBuilder();
		md.append("# Parley benchmark, ").append(Instant.ofEpochMilli(from)).append("\n\n");
		md.append(config.describe()).append(".\n\n");
		md.append("| Request | Count | Failed | p50 ms | p95 ms | p99 ms | Mean ms | req/s run | req/s at ")
			.append(concurrency)
			.append(" conn. | Ratio to trivial |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		List<String> names = new ArrayList<>(byName.keySet());
		names.sort(Comparator.comparing((String n) -> !n.equals(TRIVIAL)).thenComparing(Comparator.naturalOrder()));
		for (String name : names) {
			Stats stats = Stats.of(byName.get(name), seconds, concurrency);
			md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.2f |%n", name,
					stats.count, stats.failed, stats.p50, stats.p95, stats.p99, stats.mean, stats.perSecond,
					stats.capacity, (trivial.capacity > 0) ? stats.capacity / trivial.capacity : 0));
		}
		md.append("\n\"req/s run\" is what the run served of that request in the measured window. The users "
				+ "alternate the trivial page with the real ones, so runs compare by \"req/s at ")
			.append(concurrency)
			.append(" conn.\": ")
			.append(concurrency)
			.append(" connections × 1000 / mean ms, the rate the server would sustain if every connection "
					+ "asked only for that request, and its ratio to the trivial page's (equal to the trivial "
					+ "page's mean over the request's mean, in the same run).\n");
		write(file, md.toString());
		return md.toString();
	}

	private static void write(Path file, String text) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Stats(int count, int failed, long p50, long p95, long p99, double mean, double perSecond,
			double capacity) {

		static Stats of(List<Sample> samples, double seconds, int concurrency) {
			long[] times = samples.stream().mapToLong(Sample::millis).sorted().toArray();
			int failed = (int) samples.stream().filter((s) -> !s.ok()).count();
			double mean = (times.length == 0) ? 0 : java.util.Arrays.stream(times).average().orElse(0);
			return new Stats(times.length, failed, percentile(times, 50), percentile(times, 95), percentile(times, 99),
					mean, times.length / seconds, (mean > 0) ? concurrency * 1000.0 / mean : 0);
		}

		/** Nearest rank. */
		static long percentile(long[] sorted, int p) {
			if (sorted.length == 0) {
				return 0;
			}
			int rank = (int) Math.ceil(p / 100.0 * sorted.length);
			return sorted[Math.max(0, rank - 1)];
		}

	}

}
