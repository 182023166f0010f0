package org.parley.support;

import org.parley.identity.UserAdministration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test accounts created by the demo's first administrator, with every grant that waits
 * for a second administrator confirmed by the demo's second one, as two administrators
 * would in the application.
 */
public final class ConfirmedAccounts {

	private ConfirmedAccounts() {
	}

	public static UserAdministration.Created create(UserAdministration administration, JdbcTemplate jdbc,
			UserAdministration.NewUser user) {
		UserAdministration.Created created = administration.create(user, "test account", adminId(jdbc, "admin"));
		long confirmer = adminId(jdbc, "admin2");
		for (UserAdministration.PendingGrant grant : administration.pendingFor(created.id())) {
			administration.confirm(grant.id(), grant.version(), "test account", confirmer);
		}
		return created;
	}

	public static long adminId(JdbcTemplate jdbc, String username) {
		return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

}
