package org.parley.scale;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills one table at a time with COPY on the owner's connection, timing each and printing
 * its progress.
 */
final class Loader {

	@FunctionalInterface
	interface Body {

		void write(Copy copy) throws SQLException;

	}

	record Timing(String table, long rows, Duration took) {
	}

	private final Connection connection;

	private final PrintStream out;

	private final List<Timing> timings = new ArrayList<>();

	Loader(Connection connection, PrintStream out) {
		this.connection = connection;
		this.out = out;
	}

	Connection connection() {
		return this.connection;
	}

	void copy(String table, String columns, Body body) throws SQLException {
		long start = System.nanoTime();
		this.out.printf(Locale.ROOT, "scale: %-28s …%n", table);
		long rows;
		try (Copy copy = new Copy(this.connection, table, columns)) {
			body.write(copy);
			rows = copy.rows();
		}
		this.connection.commit();
		record(table, rows, start);
	}

	/** Something timed that is not a COPY (an index, ANALYZE). */
	void step(String name, long rows, long startNanos) {
		record(name, rows, startNanos);
	}

	private void record(String name, long rows, long startNanos) {
		Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
		this.timings.add(new Timing(name, rows, took));
		this.out.printf(Locale.ROOT, "scale: %-28s %,12d rows in %8.1f s (%,.0f rows/s)%n", name, rows,
				took.toMillis() / 1000.0, rows / Math.max(0.001, took.toMillis() / 1000.0));
	}

	List<Timing> timings() {
		return List.copyOf(this.timings);
	}

}
