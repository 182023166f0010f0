package org.parley.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.parley.shared.Text;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and renames teams. Teams are not deleted: cases and their histories belong to
 * them.
 */
@Service
public class TeamAdministration {

	private final TeamRepository teams;

	private final UserAccountRepository users;

	private final Clock clock;

	private final TeamZones zones;

	TeamAdministration(TeamRepository teams, UserAccountRepository users, Clock clock, TeamZones zones) {
		this.zones = zones;
		this.teams = teams;
		this.users = users;
		this.clock = clock;
	}

	@Transactional
	public long create(String name, String description) {
		return create(name, description, null);
	}

	/** A new team, with its time zone (null: the organisation's default). */
	@Transactional
	public long create(String name, String description, String timeZone) {
		String clean = name.strip();
		if (this.teams.findByNameIgnoringCase(clean).isPresent()) {
			throw new RuleViolation("name", "identity.team.name.taken");
		}
		Team team = new Team(clean, Text.blankToNull(description), this.clock.instant());
		team.moveTo(zone(timeZone));
		return this.teams.save(team).getId();
	}

	/** Renames a team and sets its time zone (null: the organisation's default). */
	@Transactional
	public void rename(long teamId, long version, String name, String description, String timeZone) {
		rename(teamId, version, name, description);
		get(teamId).moveTo(zone(timeZone));
		this.zones.forget(teamId);
	}

	/** The zones a team may be in: every IANA region name, sorted. */
	public static java.util.List<String> zoneNames() {
		return java.time.ZoneId.getAvailableZoneIds()
			.stream()
			.filter((z) -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
			.sorted()
			.toList();
	}

	/** The organisation's default zone, for teams without their own. */
	public java.time.ZoneId defaultZone() {
		return this.zones.fallback();
	}

	private static String zone(String timeZone) {
		String clean = Text.blankToNull(timeZone);
		if (clean != null && !java.time.ZoneId.getAvailableZoneIds().contains(clean)) {
			throw new RuleViolation("timeZone", "identity.team.time-zone.unknown");
		}
		return clean;
	}

	@Transactional
	public void rename(long teamId, long version, String name, String description) {
		Team team = get(teamId);
		ConcurrentEditException.check("Team", teamId, version, team.getVersion());
		String clean = name.strip();
		this.teams.findByNameIgnoringCase(clean).filter((other) -> !other.getId().equals(teamId)).ifPresent((other) -> {
			throw new RuleViolation("name", "identity.team.name.taken");
		});
		team.rename(clean, Text.blankToNull(description));
	}

	@Transactional(readOnly = true)
	public Team get(long teamId) {
		return this.teams.findById(teamId).orElseThrow(() -> new TeamNotFoundException(teamId));
	}

	@Transactional(readOnly = true)
	public List<Team> all() {
		return this.teams.findAllByName();
	}

	/**
	 * The named teams among these ids, by name: what forms offer other modules' users.
	 */
	@Transactional(readOnly = true)
	public List<ParleyUser.TeamRef> refs(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return this.teams.findAllById(teamIds)
			.stream()
			.sorted(Comparator.comparing(Team::getName))
			.map((team) -> new ParleyUser.TeamRef(team.getId(), team.getName()))
			.toList();
	}

	/** The team's enabled members who hold a role, by display name. */
	@Transactional(readOnly = true)
	public List<UserAccount> membersWithRole(long teamId, Role role) {
		return this.users.findByTeam(teamId)
			.stream()
			.filter((user) -> user.isEnabled() && user.getRoles().contains(role))
			.sorted(Comparator.comparing(UserAccount::getDisplayName))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<UserAccount> members(long teamId) {
		return this.users.findByTeam(teamId);
	}

}
