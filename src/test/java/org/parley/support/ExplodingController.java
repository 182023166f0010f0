package org.parley.support;

import java.sql.SQLTransientConnectionException;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exists only in tests: a page that fails, to prove a failure shows a translated page and
 * no stack trace; and a page and an API address whose database cannot be reached, as
 * while PostgreSQL restarts (the pool's wait for a connection timed out).
 */
@Controller
class ExplodingController {

	@GetMapping("/test/explode")
	String explode() {
		throw new IllegalStateException("secret internal detail that must never reach a user");
	}

	@GetMapping("/test/database-down")
	String databaseDown() {
		throw databaseUnreachable();
	}

	static CannotCreateTransactionException databaseUnreachable() {
		return new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
				new SQLTransientConnectionException(
						"HikariPool-1 - Connection is not available, request timed out after 3000ms (secret detail)"));
	}

	@RestController
	static class ExplodingApi {

		@GetMapping("/api/v1/test/database-down")
		String databaseDown() {
			throw databaseUnreachable();
		}

	}

}
