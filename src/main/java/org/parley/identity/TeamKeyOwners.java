package org.parley.identity;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.protection.KeyOwnerNames;

import org.springframework.stereotype.Component;

/** The teams' names for the encryption keys' administration page. */
@Component
class TeamKeyOwners implements KeyOwnerNames {

	private final TeamAdministration teams;

	TeamKeyOwners(TeamAdministration teams) {
		this.teams = teams;
	}

	@Override
	public Map<Long, String> names(Collection<Long> teamIds) {
		return this.teams.refs(teamIds)
			.stream()
			.collect(Collectors.toMap(ParleyUser.TeamRef::id, ParleyUser.TeamRef::name));
	}

}
