package org.parley.disclosure;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupRef;
import org.parley.armedgroup.InterlocutorRegistry;
import org.parley.identity.ParleyUser;
import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseQueries;
import org.parley.negotiation.CaseView;
import org.parley.shared.CurrentUser;
import org.parley.shared.NotFoundException;
import org.parley.shared.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * What a disclosure request concerns, through the public faces of the modules that keep
 * it: cases of the request's own team ({@link CaseAccess}), groups of the registry, and
 * the team's own interlocutors, known by code name only. A record the user may not see,
 * or of another team, is refused as unknown.
 */
@Component
class DisclosureLinks {

	static final int MAX_CHOICES = 200;

	private final CaseAccess access;

	private final CaseQueries cases;

	private final ArmedGroupQueries groups;

	private final InterlocutorRegistry interlocutors;

	DisclosureLinks(CaseAccess access, CaseQueries cases, ArmedGroupQueries groups,
			InterlocutorRegistry interlocutors) {
		this.access = access;
		this.cases = cases;
		this.groups = groups;
		this.interlocutors = interlocutors;
	}

	/** Checks the links of a request of the team. */
	void check(long teamId, DisclosureRequestForm form, CurrentUser user) {
		for (long caseId : form.caseIds()) {
			CaseGrant grant;
			try {
				grant = this.access.toRead(caseId, user);
			}
			catch (NotFoundException hidden) {
				throw new RuleViolation("caseIds", "disclosure.case.unknown");
			}
			if (grant.teamId() != teamId) {
				throw new RuleViolation("caseIds", "disclosure.case.other-team");
			}
		}
		for (long groupId : form.groupIds()) {
			if (!this.groups.exists(groupId)) {
				throw new RuleViolation("groupIds", "disclosure.group.unknown");
			}
		}
		if (!form.interlocutorIds().isEmpty()) {
			Set<Long> known = interlocutorNames(teamId, user).keySet();
			if (!known.containsAll(form.interlocutorIds())) {
				throw new RuleViolation("interlocutorIds", "disclosure.interlocutor.unknown");
			}
		}
	}

	/** The titles and names of what a request concerns, for its page. */
	Named names(DisclosureRequestView request, CurrentUser user) {
		Map<Long, String> caseTitles = new LinkedHashMap<>();
		request.caseIds().stream().sorted().forEach((id) -> {
			try {
				caseTitles.put(id, this.cases.get(id, user).title());
			}
			catch (NotFoundException hidden) {
				caseTitles.put(id, null);
			}
		});
		Map<Long, String> groupNames = byId(this.groups.refs(request.groupIds()), GroupRef::id, GroupRef::name);
		Map<Long, String> team = request.interlocutorIds().isEmpty() ? Map.of()
				: interlocutorNames(request.teamId(), user);
		Map<Long, String> people = new LinkedHashMap<>();
		request.interlocutorIds().stream().sorted().forEach((id) -> people.put(id, team.get(id)));
		return new Named(caseTitles, groupNames, people);
	}

	/** What a form offers to link, for the teams the user records requests for. */
	Choices choices(List<ParleyUser.TeamRef> teams, CurrentUser user) {
		boolean several = teams.size() > 1;
		Map<Long, String> teamNames = byId(teams, ParleyUser.TeamRef::id, ParleyUser.TeamRef::name);
		Map<Long, String> caseChoices = new LinkedHashMap<>();
		for (CaseView c : this.cases
			.page(user, new CaseQueries.CaseFilter(false, null, null, null, null, null, false), null, MAX_CHOICES)
			.items()) {
			if (teamNames.containsKey(c.teamId())) {
				caseChoices.put(c.id(), several ? c.title() + " · " + teamNames.get(c.teamId()) : c.title());
			}
		}
		Map<Long, String> people = new LinkedHashMap<>();
		for (ParleyUser.TeamRef team : teams) {
			interlocutorNames(team.id(), user)
				.forEach((id, name) -> people.put(id, several ? name + " · " + team.name() : name));
		}
		return new Choices(caseChoices, byId(this.groups.choices(null, MAX_CHOICES), GroupRef::id, GroupRef::name),
				people);
	}

	private Map<Long, String> interlocutorNames(long teamId, CurrentUser user) {
		return this.interlocutors.teamChoices(teamId, user)
			.stream()
			.collect(Collectors.toMap(InterlocutorRegistry.InterlocutorChoice::id,
					(i) -> (i.role() != null) ? i.codeName() + " (" + i.role() + ")" : i.codeName(), (a, b) -> a,
					LinkedHashMap::new));
	}

	private static <T> Map<Long, String> byId(Collection<T> records, java.util.function.Function<T, Long> id,
			java.util.function.Function<T, String> name) {
		Map<Long, String> choices = new LinkedHashMap<>();
		records.forEach((r) -> choices.put(id.apply(r), name.apply(r)));
		return choices;
	}

	/**
	 * What a request concerns, named; a case the reader may no longer see keeps its
	 * number (a null title).
	 */
	record Named(Map<Long, String> cases, Map<Long, String> groups, Map<Long, String> interlocutors) {

		boolean any() {
			return !this.cases.isEmpty() || !this.groups.isEmpty() || !this.interlocutors.isEmpty();
		}

	}

	/** What a form offers to link, by id. */
	record Choices(Map<Long, String> cases, Map<Long, String> groups, Map<Long, String> interlocutors) {

	}

}
