package org.parley.scale;

import java.sql.SQLException;
import java.util.List;

/** Writes the records that are not cases (see {@link Directory}). */
final class DirectoryTables {

	private final Layout layout;

	private final Directory directory;

	private final SealedTexts sealed;

	private final String passwordHash;

	private final String totpSecretHex;

	DirectoryTables(Layout layout, Directory directory, SealedTexts sealed, String passwordHash, String totpSecretHex) {
		this.layout = layout;
		this.directory = directory;
		this.sealed = sealed;
		this.passwordHash = passwordHash;
		this.totpSecretHex = totpSecretHex;
	}

	void teams(Loader loader) throws SQLException {
		loader.copy("team", "id, name, description, created_at, version, time_zone", (copy) -> {
			for (int team = 0; team < Layout.TEAMS; team++) {
				copy.num(this.layout.teamId(team))
					.text(this.directory.teamName(team))
					.text(this.directory.teamDescription(team))
					.moment(this.directory.installedAt())
					.num(0)
					.text(Layout.timeZone(team))
					.row();
			}
		});
	}

	void users(Loader loader) throws SQLException {
		loader.copy("app_user",
				"id, username, display_name, password_hash, enabled, must_change_password, created_at, version",
				(copy) -> forEachUser((team, position, id) -> copy.num(id)
					.text(this.directory.username(team, position))
					.text(this.directory.displayName(team, position))
					.text(this.passwordHash)
					.bool(true)
					.bool(false)
					.moment(this.directory.installedAt())
					.num(0)
					.row()));
		loader.copy("user_role", "user_id, role", (copy) -> forEachUser(
				(team, position, id) -> copy.num(id).text((team < 0) ? "ADMIN" : Directory.ROLES[position]).row()));
		loader.copy("team_member", "user_id, team_id", (copy) -> forEachUser((team, position, id) -> {
			if (team >= 0) {
				copy.num(id).num(this.layout.teamId(team)).row();
			}
		}));
		String secret = this.sealed.secondFactorSecret(this.totpSecretHex);
		loader.copy("second_factor", "user_id, secret, enrolled_at, last_used_step, version",
				(copy) -> forEachUser((team, position, id) -> {
					if (Directory.secondFactor(team, position)) {
						copy.num(id).text(secret).moment(this.directory.installedAt()).num(0).num(0).row();
					}
				}));
	}

	void groups(Loader loader) throws SQLException {
		int groups = this.layout.groups();
		loader.copy("armed_group",
				"id, name, search_text, sort_name, description, stance, created_at, updated_at, version", (copy) -> {
					for (int g = 0; g < groups; g++) {
						copy.num(this.layout.groupBase + 1 + g)
							.text(this.directory.groupName(g))
							.text(this.directory.searchText(g))
							.text(Directory.fold(this.directory.groupName(g)))
							.text(this.directory.description(g))
							.text(this.directory.stance(g))
							.moment(this.directory.groupCreatedAt(g))
							.moment(this.directory.groupCreatedAt(g))
							.num(0)
							.row();
					}
				});
		loader.copy("armed_group_alias", "group_id, alias", (copy) -> {
			for (int g = 0; g < groups; g++) {
				for (String alias : this.directory.aliases(g)) {
					copy.num(this.layout.groupBase + 1 + g).text(alias).row();
				}
			}
		});
		loader.copy("armed_group_category", "group_id, list, code", (copy) -> {
			for (int g = 0; g < groups; g++) {
				copy.num(this.layout.groupBase + 1 + g).text("GROUP_CATEGORY").text(this.directory.category(g)).row();
			}
		});
		loader.copy("armed_group_relation", "group_id, other_group_id, kind, since, source", (copy) -> {
			for (int g = 0; g < groups; g++) {
				copy.num(this.layout.groupBase + 1 + g)
					.num(this.layout.groupBase + 1 + this.directory.relatedTo(g))
					.text(this.directory.relationKind(g))
					.date(this.directory.relationSince(g))
					.text("Fictional source (scale data)")
					.row();
			}
		});
	}

	void constraints(Loader loader) throws SQLException {
		loader.copy("access_constraint",
				"id, team_id, country, region, locality, started_on, ended_on, category, "
						+ "subtype, description, case_ids, incident_ids, group_ids, recorded_by, recorded_at, version",
				(copy) -> {
					for (int team = 0; team < Layout.TEAMS; team++) {
						for (int n = 0; n < this.layout.constraintsPerTeam; n++) {
							Directory.Constraint c = this.directory.constraint(team, n);
							copy.num(c.id())
								.num(this.layout.teamId(team))
								.text(Layout.country(team))
								.text(c.region())
								.text(c.locality())
								.date(c.startedOn())
								.date(c.endedOn())
								.text(c.category())
								.text(c.subtype())
								.text(this.sealed.seal(team, "access_constraint", "description", c.description()))
								.array(List.of(c.caseId()))
								.array(List.of())
								.array(List.of(c.groupId()))
								.text(c.recordedBy())
								.moment(c.recordedAt())
								.num(0)
								.row();
						}
					}
				});
	}

	@FunctionalInterface
	interface UserVisitor {

		void visit(int team, int position, long id) throws SQLException;

	}

	/** Every account in id order: ten per team, then the administrator (team -1). */
	void forEachUser(UserVisitor visitor) throws SQLException {
		for (int team = 0; team < Layout.TEAMS; team++) {
			for (int position = 0; position < 10; position++) {
				visitor.visit(team, position, this.layout.userId(team, position));
			}
		}
		visitor.visit(-1, 0, this.layout.adminId());
	}

}
