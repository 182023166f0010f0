package org.parley.identity;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.parley.shared.CurrentUser;
import org.parley.shared.web.ReaderZones;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each team's time zone, and so each reader's: their team's, or for someone in several
 * teams (an HQ reviewer) the first team's (lowest id); without a team, or for a team
 * without a zone, the organisation's default ({@code parley.time-zone}). Cached, and
 * forgotten when an administrator changes a team.
 */
@Component
class TeamZones implements ReaderZones {

	private final TeamRepository teams;

	private final ZoneId fallback;

	private final Map<Long, Optional<ZoneId>> byTeam = new ConcurrentHashMap<>();

	TeamZones(TeamRepository teams, @Value("${parley.time-zone:America/Mexico_City}") String fallback) {
		this.teams = teams;
		this.fallback = ZoneId.of(fallback);
	}

	@Override
	public ZoneId of(CurrentUser reader) {
		return reader.teamIds()
			.stream()
			.min(Comparator.naturalOrder())
			.flatMap((team) -> this.byTeam.computeIfAbsent(team,
					(id) -> this.teams.findById(id).map(Team::getTimeZone).map(ZoneId::of)))
			.orElse(this.fallback);
	}

	ZoneId fallback() {
		return this.fallback;
	}

	void forget(long teamId) {
		this.byTeam.remove(teamId);
	}

}
