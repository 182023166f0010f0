package org.parley.notification;

import java.util.List;
import java.util.stream.Stream;

import org.parley.identity.AccessGrantChanged;
import org.parley.identity.PasswordResetIssued;
import org.parley.identity.Role;
import org.parley.identity.SecondFactorChanged;
import org.parley.identity.TeamMembers;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who hears of changes to access: the HQ reviewers of the teams concerned (but not the
 * one whose access changed, nor the administrator who acted) hear of every grant (made,
 * requested, confirmed, refused, withdrawn); the other administrators hear of a request
 * waiting for them; a user hears that their password was reset, and of every change to
 * their second factor (a recovery code used among them). Written in the transaction of
 * the change, like {@link NotificationPolicy}; the message names the account by number,
 * never a person.
 */
@Component
class AccessNotices {

	private final Inbox inbox;

	private final TeamMembers members;

	AccessNotices(Inbox inbox, TeamMembers members) {
		this.inbox = inbox;
		this.members = members;
	}

	@EventListener
	void on(AccessGrantChanged event) {
		String what = NotificationText.LABEL + "grant.notice." + event.what().name();
		String role = (event.role() != null) ? NotificationText.LABEL + "role." + event.role().name()
				: NotificationText.LABEL + "grant.notice.no-role";
		List<String> args = List.of(Long.toString(event.userId()), what, role,
				NotificationText.LABEL + "grant.stage." + event.stage().name());
		for (long teamId : event.teamIds()) {
			this.members.withRole(teamId, Role.HQ_REVIEWER)
				.stream()
				.filter((member) -> member.id() != event.actorId() && member.id() != event.userId())
				.forEach((member) -> deliver(member, teamId, NotificationKind.ACCESS_CHANGED, args, "/notifications"));
		}
		if (event.stage() == AccessGrantChanged.Stage.REQUESTED) {
			this.members.administrators()
				.stream()
				.filter((member) -> member.id() != event.actorId() && member.id() != event.userId())
				.forEach((member) -> deliver(member, null, NotificationKind.ACCESS_REQUESTED, args,
						"/admin/users#pending-grants"));
		}
	}

	/**
	 * A new account's owner has nothing to be told in an inbox they have never opened.
	 */
	@EventListener
	void on(PasswordResetIssued event) {
		Stream.of(event.userId())
			.filter((id) -> !event.newAccount())
			.flatMap((id) -> this.members.byId(id).stream())
			.forEach(
					(member) -> deliver(member, null, NotificationKind.PASSWORD_RESET, List.of(), "/account/password"));
	}

	/**
	 * The one place where someone who took over the account would show: the real owner
	 * reads it at their next sign-in, or by e-mail.
	 */
	@EventListener
	void on(SecondFactorChanged event) {
		this.members.byId(event.userId())
			.ifPresent((member) -> deliver(member, null, NotificationKind.SECOND_FACTOR_CHANGED,
					List.of(NotificationText.LABEL + "second-factor.notice." + event.change().name()),
					"/account/two-factor"));
	}

	private void deliver(TeamMembers.Member member, Long teamId, NotificationKind kind, List<String> args,
			String link) {
		this.inbox.deliver(new Inbox.Recipient(member.id(), member.email(), member.language()), teamId, kind, args,
				link, null);
	}

}
