package org.parley.negotiation.step.group;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.NegotiationCaseRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.parley.armedgroup.ArmedGroupQueries;
import org.parley.armedgroup.GroupDetails;
import org.parley.armedgroup.GroupProfile;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;
import org.parley.shared.Text;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated assessments of a case's groups (step 2): a reassessment is a new snapshot,
 * pre-filled from the group's latest one in the case or, the first time, from its
 * registry profile.
 */
@Service
public class Assessments {

	private final GroupAssessmentRepository assessments;

	private final NegotiationCaseRepository cases;

	private final CaseAccess access;

	private final ArmedGroupQueries groups;

	private final MessageSource messages;

	private final TeamCalendar calendar;

	private final org.parley.reference.ReferenceLists references;

	Assessments(GroupAssessmentRepository assessments, NegotiationCaseRepository cases, CaseAccess access,
			ArmedGroupQueries groups, MessageSource messages, TeamCalendar calendar,
			org.parley.reference.ReferenceLists references) {
		this.references = references;
		this.assessments = assessments;
		this.cases = cases;
		this.access = access;
		this.groups = groups;
		this.messages = messages;
		this.calendar = calendar;
	}

	/** The case's assessments, newest first. */
	@Transactional(readOnly = true)
	public List<AssessmentView> of(CaseGrant grant) {
		Map<Long, String> names = new HashMap<>();
		return this.assessments.findByCaseIdOrderByAssessedOnDescIdDesc(grant.caseId())
			.stream()
			.map((a) -> new AssessmentView(a.getId(), a.getGroupId(),
					names.computeIfAbsent(a.getGroupId(), (g) -> this.groups.ref(g).name()), a.getAssessedBy(),
					a.form(), a.getUpdatedAt(), a.getVersion()))
			.toList();
	}

	/** One assessment of the case. */
	@Transactional(readOnly = true)
	public AssessmentView one(CaseGrant grant, long assessmentId) {
		return of(grant).stream()
			.filter((a) -> a.id() == assessmentId)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(grant.caseId()));
	}

	/**
	 * A new assessment of a group of the case, pre-filled: from the group's latest
	 * assessment in this case, or else from its registry profile.
	 */
	@Transactional(readOnly = true)
	public AssessmentForm prefill(CaseGrant grant, long groupId) {
		if (!file(grant.caseId()).getGroupIds().contains(groupId)) {
			throw new CaseNotFoundException(grant.caseId());
		}
		return this.assessments.findByCaseIdOrderByAssessedOnDescIdDesc(grant.caseId())
			.stream()
			.filter((a) -> a.getGroupId() == groupId)
			.findFirst()
			.map((a) -> a.form().on(this.calendar.today(), a.form().influencers()))
			.orElseGet(() -> fromRegistry(this.groups.details(groupId)));
	}

	/** Records a new dated assessment of one of the case's groups. */
	@Transactional
	public long assess(long caseId, long groupId, AssessmentForm form, CurrentUser user) {
		CaseGrant grant = this.access.toWorkAt(caseId, MethodStep.UNDERSTANDING_THE_GROUP, user);
		if (!file(caseId).getGroupIds().contains(groupId)) {
			throw new RuleViolation(null, "negotiation.assessment.group-not-in-case");
		}
		GroupAssessment assessment = new GroupAssessment(caseId, grant.teamId(), groupId, this.calendar.now());
		assessment.update(form, user.username(), this.calendar.now());
		return this.assessments.saveAndFlush(assessment).getId();
	}

	@Transactional
	public void update(long caseId, long assessmentId, long version, AssessmentForm form, CurrentUser user) {
		this.access.toWorkAt(caseId, MethodStep.UNDERSTANDING_THE_GROUP, user);
		GroupAssessment assessment = this.assessments.findById(assessmentId)
			.filter((a) -> a.getCaseId() == caseId)
			.orElseThrow(() -> new CaseNotFoundException(caseId));
		ConcurrentEditException.check("GroupAssessment", assessmentId, version, assessment.getVersion());
		assessment.update(form, user.username(), this.calendar.now());
		this.assessments.flush();
	}

	/** The latest assessment of each group of the case, for what the step lacks. */
	List<GroupAssessment> latestFirst(long caseId) {
		return this.assessments.findByCaseIdOrderByAssessedOnDescIdDesc(caseId);
	}

	private NegotiationCase file(long caseId) {
		return this.cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
	}

	private AssessmentForm fromRegistry(GroupDetails details) {
		Locale locale = LocaleContextHolder.getLocale();
		GroupProfile p = details.profile();
		// The structure and the stance are codes in the registry: the page shows them in
		// the reader's language next to the group (never written into the text, where a
		// label would stay in the language of whoever pre-filled it).
		String structure = p.cohesion();
		String interests = join("\n", labelled("armedgroup.field.interestsEconomic", p.interestsEconomic(), locale),
				labelled("armedgroup.field.interestsPolitical", p.interestsPolitical(), locale),
				labelled("armedgroup.field.interestsSocial", p.interestsSocial(), locale));
		String perception = p.stanceEvidence();
		Map<String, String> themes = this.references.labels(org.parley.reference.ReferenceList.COMMITMENT_THEME,
				locale);
		String past = details.commitments()
			.stream()
			.sorted(Comparator.comparing((c) -> (c.madeOn() != null) ? c.madeOn() : LocalDate.MIN))
			.map((c) -> join(" · ", Objects.toString(c.madeOn(), null), themes.getOrDefault(c.theme(), c.theme()),
					c.counterpart()))
			.collect(Collectors.joining("\n"));
		return new AssessmentForm(this.calendar.today(), structure, p.leadership(), interests, perception, null,
				Text.blankToNull(past), null, null, null, List.of());
	}

	private String label(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private String labelled(String key, String value, Locale locale) {
		return (value == null || value.isBlank()) ? null : label(key, locale) + ": " + value;
	}

	private static String join(String separator, String... parts) {
		String joined = java.util.Arrays.stream(parts)
			.filter((s) -> s != null && !s.isBlank())
			.collect(Collectors.joining(separator));
		return joined.isEmpty() ? null : joined;
	}

}
