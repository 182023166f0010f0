package org.parley.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.parley.audit.AuditReasons;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.RuleViolation;
import org.parley.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Separation of duties for what widens reading: which roles and teams an administrator's
 * edit applies at once and which it only requests, and the second administrator's
 * confirmation, refusal or the requester's withdrawal. Nobody confirms their own request
 * or a grant to their own account; every step is audited (through the listener, with its
 * reason) and announced ({@link AccessGrantChanged}) to the teams' HQ reviewers and the
 * other administrators. {@link UserAdministration} calls it; see
 * {@code docs/security.md}.
 */
@Service
public class AccessGrants {

	static final int PENDING_SHOWN = 100;

	private final UserAccountRepository users;

	private final TeamRepository teams;

	private final AccessGrantRepository grants;

	private final ApplicationEventPublisher events;

	private final AuditReasons reasons;

	private final Clock clock;

	private final SecondFactors secondFactors;

	AccessGrants(UserAccountRepository users, TeamRepository teams, AccessGrantRepository grants,
			ApplicationEventPublisher events, AuditReasons reasons, Clock clock, SecondFactors secondFactors) {
		this.secondFactors = secondFactors;
		this.users = users;
		this.teams = teams;
		this.grants = grants;
		this.events = events;
		this.reasons = reasons;
		this.clock = clock;
	}

	/**
	 * Requests that an auditor see their teams' interlocutors' real names: a second
	 * administrator confirms it. A reason is required; the same request twice is one.
	 */
	void requestNames(UserAccount account, String reason, long actingUserId) {
		long userId = account.getId();
		if (Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "identity.grant.reason-required");
		}
		AccessGrant request = AccessGrant.names(userId, actingUserId, this.clock.instant(), reason.strip());
		if (this.grants.pendingFor(userId).stream().noneMatch(request::sameAs)) {
			this.grants.save(request);
			publish(account, AccessGrantChanged.Stage.REQUESTED, AccessGrant.Kind.INTERLOCUTOR_NAMES, null, null,
					actingUserId);
		}
	}

	/**
	 * Requests that a user's second factor be taken away (a lost phone): a second
	 * administrator confirms it ({@link SecondFactors#resetConfirmed}). A reason is
	 * required; nobody asks it for themselves (another administrator does); the same
	 * request twice is one.
	 * @throws RuleViolation without a reason, for oneself, or when the user has none
	 */
	@Transactional
	public void requestSecondFactorReset(long userId, String reason, long actingUserId) {
		if (userId == actingUserId) {
			throw new RuleViolation(null, "identity.second-factor.cannot-reset-self");
		}
		if (Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "identity.second-factor.reason-required");
		}
		UserAccount account = this.users.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
		if (!this.secondFactors.isSetUp(userId)) {
			throw new RuleViolation(null, "identity.second-factor.none");
		}
		AccessGrant request = AccessGrant.secondFactorReset(userId, actingUserId, this.clock.instant(), reason.strip());
		if (this.grants.pendingFor(userId).stream().noneMatch(request::sameAs)) {
			this.reasons.because(reason, () -> this.grants.save(request));
			publish(account, AccessGrantChanged.Stage.REQUESTED, AccessGrant.Kind.SECOND_FACTOR_RESET, null, null,
					actingUserId);
		}
	}

	/**
	 * Applies what may be applied at once and requests the rest.
	 * @return how many grants were requested
	 */
	int apply(UserAccount account, String displayName, Set<Role> wantedRoles, Set<Team> wantedTeams, String reason,
			long actingUserId) {
		Set<Role> current = EnumSet.noneOf(Role.class);
		current.addAll(account.getRoles());
		current.retainAll(wantedRoles);
		Set<Role> finalRoles = wantedRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(wantedRoles);
		Set<Role> now = current.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(current);
		List<AccessGrant> requests = new ArrayList<>();
		Instant at = this.clock.instant();
		for (Role role : wantedRoles) {
			if (current.contains(role)) {
				continue;
			}
			if (needsSecondAdministrator(role, current, finalRoles)) {
				requests.add(AccessGrant.role(account.getId(), role, actingUserId, at, Text.blankToNull(reason)));
			}
			else {
				now.add(role);
			}
		}
		boolean widensTeams = finalRoles.contains(Role.HQ_REVIEWER) || finalRoles.contains(Role.AUDITOR)
				|| (finalRoles.contains(Role.ADMIN) && finalRoles.stream().anyMatch(Role::isCaseRole));
		Set<Team> currentTeams = new HashSet<>(account.getTeams());
		currentTeams.retainAll(wantedTeams);
		Set<Team> nowTeams = new HashSet<>(currentTeams);
		List<Team> grantedTeams = new ArrayList<>();
		for (Team team : wantedTeams) {
			if (currentTeams.contains(team)) {
				continue;
			}
			if (widensTeams) {
				requests
					.add(AccessGrant.team(account.getId(), team.getId(), actingUserId, at, Text.blankToNull(reason)));
			}
			else {
				nowTeams.add(team);
				grantedTeams.add(team);
			}
		}
		if (!requests.isEmpty() && Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "identity.grant.reason-required");
		}
		Set<Role> grantedRoles = EnumSet.copyOf(now);
		grantedRoles.removeAll(account.getRoles());
		account.describe(displayName, now, nowTeams);
		Set<Long> concerned = teamIdsOf(account);
		grantedTeams.forEach((team) -> concerned.add(team.getId()));
		for (Role role : grantedRoles) {
			publish(account, AccessGrantChanged.Stage.GRANTED, AccessGrant.Kind.ROLE, role, null, actingUserId);
		}
		for (Team team : grantedTeams) {
			publish(account, AccessGrantChanged.Stage.GRANTED, AccessGrant.Kind.TEAM, null, team.getId(), actingUserId);
		}
		List<AccessGrant> waiting = this.grants.pendingFor(account.getId());
		int requested = 0;
		for (AccessGrant request : requests) {
			if (waiting.stream().noneMatch(request::sameAs)) {
				this.grants.save(request);
				publish(account, AccessGrantChanged.Stage.REQUESTED, request.getKind(), request.getRole(),
						request.getTeamId(), actingUserId);
				requested++;
			}
		}
		return requested;
	}

	private static boolean needsSecondAdministrator(Role role, Set<Role> current, Set<Role> finalRoles) {
		return switch (role) {
			case HQ_REVIEWER, AUDITOR -> true;
			case FIELD_OFFICER -> finalRoles.contains(Role.ADMIN);
			case ADMIN -> current.stream().anyMatch(Role::isCaseRole);
		};
	}

	/**
	 * A second administrator confirms a request: only then does it take effect. Nobody
	 * confirms their own request, nor a grant to their own account.
	 */
	@Transactional
	public void confirm(long grantId, long version, String reason, long actingUserId) {
		AccessGrant grant = pendingGrant(grantId, version);
		if (grant.getRequestedBy() == actingUserId) {
			throw new RuleViolation(null, "identity.grant.own-request");
		}
		if (grant.getUserId() == actingUserId) {
			throw new RuleViolation(null, "identity.grant.for-self");
		}
		UserAccount account = this.users.findById(grant.getUserId())
			.orElseThrow(() -> new UserNotFoundException(grant.getUserId()));
		this.reasons.because(reason, () -> {
			switch (grant.getKind()) {
				case ROLE -> {
					Set<Role> roles = account.getRoles();
					roles.add(grant.getRole());
					account.describe(account.getDisplayName(), roles, account.getTeams());
				}
				case TEAM -> {
					Set<Team> teams = new HashSet<>(account.getTeams());
					teams.add(this.teams.findById(grant.getTeamId())
						.orElseThrow(() -> new RuleViolation(null, "identity.user.team.unknown")));
					account.describe(account.getDisplayName(), account.getRoles(), teams);
				}
				case INTERLOCUTOR_NAMES -> {
					if (!account.getRoles().contains(Role.AUDITOR)) {
						throw new RuleViolation(null, "identity.user.names-grant.auditors-only");
					}
					account.revealInterlocutorNames(true);
				}
				case SECOND_FACTOR_RESET -> this.secondFactors.resetConfirmed(account.getId());
			}
			grant.decide(AccessGrant.Status.CONFIRMED, actingUserId, this.clock.instant(), Text.blankToNull(reason));
		});
		publish(account, AccessGrantChanged.Stage.CONFIRMED, grant.getKind(), grant.getRole(), grant.getTeamId(),
				actingUserId);
	}

	/**
	 * Withdraws a request (whoever asked) or refuses it (another administrator, not the
	 * one it is for), with a reason.
	 */
	@Transactional
	public void refuse(long grantId, long version, String reason, long actingUserId) {
		AccessGrant grant = pendingGrant(grantId, version);
		if (Text.blankToNull(reason) == null) {
			throw new RuleViolation("reason", "identity.grant.reason-required");
		}
		if (grant.getUserId() == actingUserId) {
			throw new RuleViolation(null, "identity.grant.for-self");
		}
		boolean withdrawn = grant.getRequestedBy() == actingUserId;
		this.reasons.because(reason,
				() -> grant.decide(withdrawn ? AccessGrant.Status.WITHDRAWN : AccessGrant.Status.REFUSED, actingUserId,
						this.clock.instant(), reason.strip()));
		publish(this.users.findById(grant.getUserId()).orElseThrow(() -> new UserNotFoundException(grant.getUserId())),
				withdrawn ? AccessGrantChanged.Stage.WITHDRAWN : AccessGrantChanged.Stage.REFUSED, grant.getKind(),
				grant.getRole(), grant.getTeamId(), actingUserId);
	}

	/**
	 * The grants waiting for a second administrator, oldest first; a short list by nature
	 * (at most {@value #PENDING_SHOWN}).
	 */
	@Transactional(readOnly = true)
	public List<UserAdministration.PendingGrant> pending() {
		return this.grants.pending(Limit.of(PENDING_SHOWN)).stream().map(this::view).toList();
	}

	/** The grants waiting for a second administrator on one account. */
	@Transactional(readOnly = true)
	public List<UserAdministration.PendingGrant> pendingFor(long userId) {
		return this.grants.pendingFor(userId).stream().map(this::view).toList();
	}

	private UserAdministration.PendingGrant view(AccessGrant grant) {
		String user = this.users.findById(grant.getUserId()).map(UserAccount::getUsername).orElse("?");
		String by = this.users.findById(grant.getRequestedBy()).map(UserAccount::getUsername).orElse("?");
		String team = (grant.getTeamId() == null) ? null
				: this.teams.findById(grant.getTeamId()).map(Team::getName).orElse("?");
		return new UserAdministration.PendingGrant(grant.getId(), grant.getVersion(), grant.getUserId(), user,
				grant.getKind(), grant.getRole(), team, grant.getRequestedBy(), by, grant.getRequestedAt(),
				grant.getReason());
	}

	private AccessGrant pendingGrant(long grantId, long version) {
		AccessGrant grant = this.grants.findById(grantId).orElseThrow(() -> new GrantNotFoundException(grantId));
		ConcurrentEditException.check("AccessGrant", grantId, version, grant.getVersion());
		if (!grant.isPending()) {
			throw new RuleViolation(null, "identity.grant.not-pending");
		}
		return grant;
	}

	private void publish(UserAccount account, AccessGrantChanged.Stage stage, AccessGrant.Kind kind, Role role,
			Long teamId, long actingUserId) {
		Set<Long> concerned = teamIdsOf(account);
		if (teamId != null) {
			concerned.add(teamId);
		}
		this.events.publishEvent(
				new AccessGrantChanged(account.getId(), stage, kind, role, Set.copyOf(concerned), actingUserId));
	}

	private static Set<Long> teamIdsOf(UserAccount account) {
		Set<Long> ids = new HashSet<>();
		account.getTeams().forEach((team) -> ids.add(team.getId()));
		return ids;
	}

}
