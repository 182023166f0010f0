package org.parley.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean "the database cannot be reached, try again" (as met in a PostgreSQL
 * restart).
 */
class DatabaseUnavailableTest {

	@Test
	void aTransactionThatCouldNotStartForLackOfAConnectionIsTheDatabaseUnavailable() {
		assertThat(DatabaseUnavailable.is(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available"))))
			.isTrue();
	}

	@Test
	void aConnectionEndedByTheServerShuttingDownIsTheDatabaseUnavailableHoweverWrapped() {
		SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command",
				"57P01");
		assertThat(DatabaseUnavailable
			.is(new JpaSystemException(new GenericJDBCException("JDBC exception executing SQL", terminated)))).isTrue();
	}

	@Test
	void aRollbackThatFailedOnTheDeadConnectionIsTheDatabaseUnavailable() {
		assertThat(DatabaseUnavailable.is(new JpaSystemException(
				new GenericJDBCException("Unable to rollback", new SQLException("Connection is closed")))))
			.isTrue();
		TransactionSystemException rollback = new TransactionSystemException("Could not roll back");
		rollback.initApplicationException(new SQLException("An I/O error occurred", "08006"));
		assertThat(DatabaseUnavailable.is(rollback)).isTrue();
	}

	@Test
	void aFaultOfTheRequestOrOfParleyIsNot() {
		assertThat(DatabaseUnavailable.is(new IllegalStateException("bug"))).isFalse();
		assertThat(DatabaseUnavailable.is(new DataIntegrityViolationException("duplicate",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
	}

}
