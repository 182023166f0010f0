package org.parley.notification;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.parley.identity.TeamMembers;
import org.parley.protection.KeyDestructionRequested;
import org.parley.protection.KeyOwnerNames;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The other administrators hear at once that one of them started the emergency
 * destruction of a team's strictly confidential data, since one of them must confirm it
 * (or cancel it) before the deadline. Written in the transaction of the request; it names
 * the team and the deadline, nothing of the data.
 */
@Component
class DestructionNotices {

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final Inbox inbox;

	private final TeamMembers members;

	private final KeyOwnerNames teams;

	DestructionNotices(Inbox inbox, TeamMembers members, KeyOwnerNames teams) {
		this.inbox = inbox;
		this.members = members;
		this.teams = teams;
	}

	@EventListener
	void on(KeyDestructionRequested event) {
		String team = this.teams.names(Set.of(event.teamId()))
			.getOrDefault(event.teamId(), Long.toString(event.teamId()));
		List<String> args = List.of(team, DEADLINE.format(event.confirmBefore()));
		this.members.administrators()
			.stream()
			.filter((member) -> member.id() != event.startedById())
			.forEach((member) -> this.inbox.deliver(new Inbox.Recipient(member.id(), member.email(), member.language()),
					null, NotificationKind.KEY_DESTRUCTION_REQUESTED, args, "/admin/keys/destruction", null));
	}

}
