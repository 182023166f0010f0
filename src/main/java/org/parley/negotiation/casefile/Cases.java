package org.parley.negotiation.casefile;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.GuidingQuestions;
import java.util.List;

import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.identity.Role;
import org.parley.identity.TeamAdministration;
import org.parley.identity.UserAccount;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens cases and describes them again: what a case is about (title, area, groups,
 * objective, priority, lead negotiator). Moves through the method are the workflow's.
 */
@Service
public class Cases {

	private final NegotiationCaseRepository cases;

	private final CaseAccess access;

	private final GuidingQuestions questions;

	private final ArmedGroupQueries groups;

	private final TeamAdministration teams;

	private final TeamCalendar calendar;

	Cases(NegotiationCaseRepository cases, CaseAccess access, GuidingQuestions questions, ArmedGroupQueries groups,
			TeamAdministration teams, TeamCalendar calendar) {
		this.cases = cases;
		this.access = access;
		this.questions = questions;
		this.groups = groups;
		this.teams = teams;
		this.calendar = calendar;
	}

	/** Opens a case at conflict analysis, with the guiding questions current today. */
	@Transactional
	public long open(CaseForm form, CurrentUser user) {
		if (form.teamId() == null || !this.access.teamsToWork(user).contains(form.teamId())) {
			throw new RuleViolation("teamId", "negotiation.case.team.not-yours");
		}
		String lead = leadNegotiator(form, form.teamId(), user);
		checkGroups(form);
		NegotiationCase opened = new NegotiationCase(form.teamId(), form, lead, this.questions.current().versionNo(),
				user.username(), this.calendar.now());
		opened.name(checkedReviewers(form.teamId(), form.namedReviewerIds()));
		return this.cases.save(opened).getId();
	}

	@Transactional
	public void describe(long id, long version, CaseForm form, CurrentUser user) {
		CaseGrant grant = this.access.toRead(id, user);
		if (!grant.mayWork()) {
			throw new AccessDeniedException("Only the team's field officers work on its cases");
		}
		ConcurrentEditException.check("NegotiationCase", id, version, grant.version());
		grant.stage().requireOpen();
		checkGroups(form);
		NegotiationCase existing = this.cases.findById(id).orElseThrow(() -> new CaseNotFoundException(id));
		existing.describe(form, leadNegotiator(form, grant.teamId(), user), this.calendar.now());
		// The field officers name HQ reviewers; the level itself is HQ's to change.
		existing.name(checkedReviewers(grant.teamId(), form.namedReviewerIds()));
		this.cases.flush();
	}

	/** The team's field officers, who may lead a case. */
	@Transactional(readOnly = true)
	public List<UserAccount> negotiators(long teamId) {
		return this.teams.membersWithRole(teamId, Role.FIELD_OFFICER);
	}

	private String leadNegotiator(CaseForm form, long teamId, CurrentUser user) {
		String lead = (form.leadNegotiator() == null || form.leadNegotiator().isBlank()) ? user.username()
				: form.leadNegotiator();
		if (negotiators(teamId).stream().noneMatch((member) -> member.getUsername().equals(lead))) {
			throw new RuleViolation("leadNegotiator", "negotiation.case.lead.not-in-team");
		}
		return lead;
	}

	/** The team's HQ reviewers, who may be named on a strictly confidential case. */
	@Transactional(readOnly = true)
	public List<UserAccount> reviewers(long teamId) {
		return this.teams.membersWithRole(teamId, Role.HQ_REVIEWER);
	}

	private List<Long> checkedReviewers(long teamId, List<Long> named) {
		if (named.isEmpty()) {
			return named;
		}
		List<Long> reviewers = reviewers(teamId).stream().map(UserAccount::getId).toList();
		if (!reviewers.containsAll(named)) {
			throw new RuleViolation("namedReviewerIds", "classification.reviewer.not-of-team");
		}
		return named;
	}

	private void checkGroups(CaseForm form) {
		for (Long group : form.groupIds()) {
			if (!this.groups.exists(group)) {
				throw new RuleViolation("groupIds", "armedgroup.relation.unknown-group");
			}
		}
	}

}
