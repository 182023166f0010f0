package org.parley.scale;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.StringJoiner;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table filled by {@code COPY ... FROM STDIN} (text format): rows are built field by
 * field, escaped, buffered and sent in blocks of about a megabyte.
 */
final class Copy implements AutoCloseable {

	private static final int BLOCK = 1 << 20;

	private final String table;

	private final CopyIn copy;

	private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);

	private boolean first = true;

	private long rows;

	Copy(Connection connection, String table, String columns) throws SQLException {
		this.table = table;
		this.copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
	}

	String table() {
		return this.table;
	}

	long rows() {
		return this.rows;
	}

	Copy text(String value) {
		sep();
		if (value == null) {
			this.buffer.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> this.buffer.append("\\\\");
				case '\t' -> this.buffer.append("\\t");
				case '\n' -> this.buffer.append("\\n");
				case '\r' -> this.buffer.append("\\r");
				default -> this.buffer.append(c);
			}
		}
		return this;
	}

	Copy num(long value) {
		sep();
		this.buffer.append(value);
		return this;
	}

	Copy num(Long value) {
		return (value == null) ? text(null) : num(value.longValue());
	}

	Copy bool(boolean value) {
		sep();
		this.buffer.append(value ? 't' : 'f');
		return this;
	}

	Copy date(LocalDate value) {
		return text((value != null) ? value.toString() : null);
	}

	Copy moment(Instant value) {
		return text((value != null) ? OffsetDateTime.ofInstant(value, ZoneOffset.UTC).toString() : null);
	}

	/** A bigint[] in PostgreSQL's literal form. */
	Copy array(Collection<Long> values) {
		StringJoiner literal = new StringJoiner(",", "{", "}");
		values.forEach((value) -> literal.add(Long.toString(value)));
		return text(literal.toString());
	}

	/** Ends the row (and sends the buffer when it is full). */
	void row() throws SQLException {
		this.buffer.append('\n');
		this.first = true;
		this.rows++;
		if (this.buffer.length() >= BLOCK) {
			flush();
		}
	}

	private void sep() {
		if (!this.first) {
			this.buffer.append('\t');
		}
		this.first = false;
	}

	private void flush() throws SQLException {
		byte[] bytes = this.buffer.toString().getBytes(StandardCharsets.UTF_8);
		this.copy.writeToCopy(bytes, 0, bytes.length);
		this.buffer.setLength(0);
	}

	@Override
	public void close() throws SQLException {
		if (this.buffer.length() > 0) {
			flush();
		}
		this.copy.endCopy();
	}

}
