package org.parley.negotiation.step.engagement;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.step.Sheet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.parley.armedgroup.InterlocutorRegistry;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How the team engages (step 5): directly or through intermediaries chosen among the
 * team's interlocutors, who is on the negotiating team, and the approaches it will use.
 * Written only once HQ has decided to engage.
 */
@Service
public class EngagementPlans {

	private final EngagementPlanRepository plans;

	private final CaseAccess access;

	private final InterlocutorRegistry interlocutors;

	private final TeamCalendar calendar;

	EngagementPlans(EngagementPlanRepository plans, CaseAccess access, InterlocutorRegistry interlocutors,
			TeamCalendar calendar) {
		this.plans = plans;
		this.access = access;
		this.interlocutors = interlocutors;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public Sheet<EngagementForm> of(CaseGrant grant) {
		return of(grant.caseId());
	}

	Sheet<EngagementForm> of(long caseId) {
		return this.plans.findById(caseId)
			.map((e) -> new Sheet<>(e.form(), e.stamp()))
			.orElse(new Sheet<>(EngagementForm.empty(), Sheet.Stamp.NEW));
	}

	/** The interlocutors of the case's team, to choose intermediaries from. */
	@Transactional(readOnly = true)
	public List<InterlocutorRegistry.InterlocutorChoice> intermediaryChoices(CaseGrant grant, CurrentUser reader) {
		return this.interlocutors.teamChoices(grant.teamId(), reader);
	}

	@Transactional
	public void save(long caseId, Long version, EngagementForm form, CurrentUser user) {
		CaseGrant grant = this.access.toWorkAt(caseId, MethodStep.ENGAGEMENT_MODALITY, user);
		EngagementPlan plan = this.plans.findById(caseId).orElse(null);
		Sheet.requireVersion("EngagementPlan", caseId, version, plan);
		Set<Long> known = this.interlocutors.teamChoices(grant.teamId(), user)
			.stream()
			.map(InterlocutorRegistry.InterlocutorChoice::id)
			.collect(Collectors.toSet());
		if (!known.containsAll(form.intermediaryIds())) {
			throw new RuleViolation("intermediaryIds", "negotiation.engagement.intermediary.unknown");
		}
		if (plan == null) {
			plan = new EngagementPlan(caseId, grant.teamId());
		}
		plan.update(form, user.username(), this.calendar.now());
		this.plans.saveAndFlush(plan);
	}

}
