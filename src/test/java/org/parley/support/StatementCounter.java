package org.parley.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Exists only in tests: lists the SQL statements a piece of work sends to the database
 * (through Hibernate and through JDBC templates alike), so that a test can say how many
 * SELECTs a request costs. Costs nothing outside {@link #record}: the statements are
 * listed only for the thread that asked, while it asked.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

	private static final ThreadLocal<List<String>> recording = new ThreadLocal<>();

	/** Does the work and returns the statements it prepared, in order, lower case. */
	public static List<String> record(Runnable work) {
		return record(() -> {
			work.run();
			return null;
		}).statements();
	}

	/** The same for work that answers something. */
	public static <T> Recorded<T> record(Supplier<T> work) {
		List<String> statements = new ArrayList<>();
		recording.set(statements);
		try {
			T result = work.get();
			return new Recorded<>(result, List.copyOf(statements));
		}
		finally {
			recording.remove();
		}
	}

	/** The SELECTs among statements. */
	public static List<String> selects(List<String> statements) {
		return statements.stream().filter((sql) -> sql.startsWith("select")).toList();
	}

	/** The SELECTs sent before the first INSERT, UPDATE or DELETE. */
	public static List<String> selectsBeforeFirstWrite(List<String> statements) {
		List<String> before = new ArrayList<>();
		for (String sql : statements) {
			if (sql.startsWith("insert") || sql.startsWith("update") || sql.startsWith("delete")) {
				break;
			}
			if (sql.startsWith("select")) {
				before.add(sql);
			}
		}
		return before;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	/** What a piece of work answered, and the statements it sent. */
	public record Recorded<T>(T result, List<String> statements) {
	}

	private static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws java.sql.SQLException {
			return listening(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws java.sql.SQLException {
			return listening(super.getConnection(username, password));
		}

		private static Connection listening(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						List<String> statements = recording.get();
						if (statements != null && method.getName().startsWith("prepare") && args != null
								&& args.length > 0 && args[0] instanceof String sql) {
							statements.add(sql.strip().toLowerCase(Locale.ROOT));
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
