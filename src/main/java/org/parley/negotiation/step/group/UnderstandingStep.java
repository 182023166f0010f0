package org.parley.negotiation.step.group;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.Missing;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.step.CaseStep;
import org.parley.negotiation.step.StepContent;
import org.parley.negotiation.step.StepPage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupProfile;
import org.parley.armedgroup.GroupRef;
import org.parley.shared.web.JsonWriter;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Step 2, understanding the group: complete when each group of the case has an assessment
 * with its decision makers, interests, gains and losses, its iceberg (positions and
 * motives) and the network of people who influence its decision.
 */
@Component
class UnderstandingStep implements CaseStep {

	private final Assessments assessments;

	private final ArmedGroupQueries groups;

	private final JsonWriter json;

	UnderstandingStep(Assessments assessments, ArmedGroupQueries groups, JsonWriter json) {
		this.assessments = assessments;
		this.groups = groups;
		this.json = json;
	}

	@Override
	public MethodStep step() {
		return MethodStep.UNDERSTANDING_THE_GROUP;
	}

	@Override
	public List<Missing> missing(NegotiationCase file) {
		List<Missing> missing = new ArrayList<>();
		if (file.getGroupIds().isEmpty()) {
			missing.add(Missing.of("assessment.no-groups"));
			return missing;
		}
		List<GroupAssessment> all = this.assessments.latestFirst(file.getId());
		for (GroupRef group : this.groups.refs(file.getGroupIds())) {
			GroupAssessment latest = all.stream().filter((a) -> a.getGroupId() == group.id()).findFirst().orElse(null);
			if (latest == null) {
				missing.add(Missing.of("assessment.none", group.name()));
				continue;
			}
			AssessmentForm form = latest.form();
			if (form.decisionMakers() == null || form.interests() == null || form.gainsLosses() == null) {
				missing.add(Missing.of("assessment.incomplete", group.name()));
			}
			if (form.positions() == null || form.motives() == null) {
				missing.add(Missing.of("assessment.iceberg", group.name()));
			}
			if (form.influencers().isEmpty()) {
				missing.add(Missing.of("assessment.network", group.name()));
			}
		}
		return missing;
	}

	@Override
	public void show(StepPage page, Model model) {
		StepPage.Query query = page.query();
		if (query.assess() != null && !model.containsAttribute("assessForm")) {
			model.addAttribute("assessForm", this.assessments.prefill(page.grant(), query.assess()).withBlankRows());
			model.addAttribute("assessGroup", query.assess());
		}
		if (!model.containsAttribute("editAssessment")) {
			model.addAttribute("editAssessment", query.edit());
		}
		model.addAttribute("compare", query.compare());
		model.addAttribute("compareWith", query.with());
		List<AssessmentView> all = this.assessments.of(page.grant());
		Map<Long, List<AssessmentView>> byGroup = new LinkedHashMap<>();
		for (GroupRef group : page.c().groups()) {
			byGroup.put(group.id(), all.stream().filter((a) -> a.groupId() == group.id()).toList());
		}
		model.addAttribute("assessmentsByGroup", byGroup);
		Map<Long, GroupProfile> registry = new HashMap<>();
		page.c().groups().forEach((group) -> registry.put(group.id(), this.groups.details(group.id()).profile()));
		model.addAttribute("registryProfiles", registry);
		Map<Long, String> networks = new HashMap<>();
		all.forEach((a) -> networks.put(a.id(), this.json.write(a.content().influencers())));
		model.addAttribute("networkJson", networks);
		model.addAttribute("influences", Influence.values());
		model.addAttribute("dispositions", Disposition.values());
		if (model.getAttribute("editAssessment") instanceof Long editId && !model.containsAttribute("editForm")) {
			all.stream()
				.filter((a) -> a.id() == editId)
				.findFirst()
				.ifPresent((a) -> model.addAttribute("editForm", a.content().withBlankRows()));
		}
		if (query.compare() != null && query.with() != null) {
			AssessmentView left = all.stream().filter((x) -> x.id() == query.compare()).findFirst().orElse(null);
			AssessmentView right = all.stream().filter((x) -> x.id() == query.with()).findFirst().orElse(null);
			if (left != null && right != null && left.groupId() == right.groupId()) {
				model.addAttribute("compareLeft", left);
				model.addAttribute("compareRight", right);
			}
		}
	}

	@Override
	public StepContent content(StepPage page) {
		return new Content(this.assessments.of(page.grant()));
	}

	/** The step's content in the API. */
	record Content(List<AssessmentView> assessments) implements StepContent {
	}

}
