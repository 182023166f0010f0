package org.parley.support;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.parley.shared.SecurityEvents;
import org.slf4j.LoggerFactory;

/**
 * What the security log ({@link SecurityEvents}) receives while a test runs: open it with
 * try-with-resources around the requests, then read the lines of one kind of event.
 */
public final class SecurityLog implements AutoCloseable {

	private final Logger logger = (Logger) LoggerFactory.getLogger(SecurityEvents.LOGGER);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private SecurityLog() {
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	public static SecurityLog capture() {
		return new SecurityLog();
	}

	/** Every line so far, as written. */
	public synchronized List<String> lines() {
		return List.copyOf(this.appender.list).stream().map(ILoggingEvent::getFormattedMessage).toList();
	}

	/** The lines of one kind of event ({@code "forbidden"}, {@code "csrf"}, ...). */
	public List<String> lines(String event) {
		return lines().stream().filter((line) -> line.contains(" event=" + event + " ")).toList();
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.appender);
		this.appender.stop();
	}

}
