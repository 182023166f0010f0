package org.parley.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.parley.audit.AuditTitles;
import org.parley.audit.AuditVocabulary;
import org.parley.audit.AuditedType;
import org.parley.audit.ValueFormat;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The words of accounts, teams and tokens in the audit log, and people by their display
 * names wherever the log names someone.
 */
@Component
class IdentityVocabulary implements AuditVocabulary {

	private final NamedParameterJdbcTemplate jdbc;

	IdentityVocabulary(DataSource dataSource) {
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
	}

	@Override
	public List<AuditedType> types() {
		return List.of(
				AuditedType.of(UserAccount.class, "audit.type.UserAccount")
					.labels("audit.field.UserAccount.", "user.", "audit.field.")
					.choices(Role.class, "role.")
					.reference("teams", "Team")
					.format("preferredLanguage",
							ValueFormat
								.of((code, words) -> Locale.forLanguageTag(code).getDisplayLanguage(words.locale())))
					.title("displayName"),
				AuditedType.of(AccessGrant.class, "audit.type.AccessGrant")
					.labels("audit.field.AccessGrant.", "audit.field.")
					.choices(Role.class, "role.")
					.choices(AccessGrant.Kind.class, "grant.kind.")
					.choices(AccessGrant.Status.class, "grant.status.")
					.reference("userId", "UserAccount")
					.reference("requestedBy", "UserAccount")
					.reference("decidedBy", "UserAccount")
					.reference("teamId", "Team"),
				AuditedType.of(Team.class, "audit.type.Team").labels("audit.field.Team.", "audit.field.").title("name"),
				AuditedType.of(SecondFactor.class, "audit.type.SecondFactor")
					.labels("audit.field.SecondFactor.", "audit.field.")
					.reference("userId", "UserAccount")
					// Redacted in the log anyway: that it was set says nothing more.
					.hide("secret"),
				AuditedType.of(PersonalAccessToken.class, "audit.type.PersonalAccessToken")
					.labels("audit.field.PersonalAccessToken.", "token.", "audit.field.")
					.reference("ownerId", "UserAccount")
					.title("name"));
	}

	@Override
	public Map<String, String> titles(String entityType, Set<String> ids, Locale locale) {
		return switch (entityType) {
			case "UserAccount" -> AuditTitles.of(this.jdbc,
					"SELECT id, display_name || ' (' || username || ')' AS title FROM app_user WHERE id IN (:ids)",
					ids);
			case "SecondFactor" -> AuditTitles.of(this.jdbc,
					"SELECT id, display_name || ' (' || username || ')' AS title FROM app_user WHERE id IN (:ids)",
					ids);
			case "Team" -> AuditTitles.of(this.jdbc, "SELECT id, name AS title FROM team WHERE id IN (:ids)", ids);
			case "PersonalAccessToken" -> AuditTitles.of(this.jdbc,
					"SELECT id, name AS title FROM personal_access_token WHERE id IN (:ids)", ids);
			default -> Map.of();
		};
	}

	@Override
	public Map<String, String> people(Set<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (!usernames.isEmpty()) {
			this.jdbc.query("SELECT username, display_name FROM app_user WHERE username IN (:names)",
					new MapSqlParameterSource("names", usernames),
					(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> names.put(rs.getString("username"),
							rs.getString("display_name")));
		}
		return names;
	}

}
