package org.parley.negotiation.step.rounds;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.MethodStep;
import org.parley.negotiation.casefile.NegotiationCase;
import org.parley.negotiation.casefile.NegotiationCaseRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.parley.protection.Classification;
import org.parley.protection.FieldSealer;
import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The negotiation rounds of a case (step 6), recorded once HQ has approved the
 * engagement. The case keeps the earliest open next step of its rounds, for lists and
 * start pages.
 */
@Service
public class Rounds {

	private final NegotiationRoundRepository rounds;

	private final NegotiationCaseRepository cases;

	private final CaseAccess access;

	private final TeamCalendar calendar;

	private final FieldSealer sealer;

	Rounds(NegotiationRoundRepository rounds, NegotiationCaseRepository cases, CaseAccess access, TeamCalendar calendar,
			FieldSealer sealer) {
		this.sealer = sealer;
		this.rounds = rounds;
		this.cases = cases;
		this.access = access;
		this.calendar = calendar;
	}

	/** The case's rounds, newest first, numbered in date order. */
	@Transactional(readOnly = true)
	public List<RoundView> of(CaseGrant grant) {
		List<NegotiationRound> all = this.rounds.findByCaseIdOrderByHeldOnDescIdDesc(grant.caseId());
		LocalDate today = this.calendar.today();
		List<RoundView> views = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			NegotiationRound round = all.get(i);
			boolean redacted = !grant.mayOpen(round.getClassification());
			views.add(new RoundView(round.getId(), all.size() - i, round.form(redacted ? null : this.sealer),
					round.getCreatedBy(), round.getVersion(),
					round.getNextStepDue() != null && round.getNextStepDue().isBefore(today), round.getClassification(),
					redacted));
		}
		return views;
	}

	/** One round of the case, numbered as in {@link #of}. */
	@Transactional(readOnly = true)
	public RoundView one(CaseGrant grant, long roundId) {
		return of(grant).stream()
			.filter((r) -> r.id() == roundId)
			.findFirst()
			.orElseThrow(() -> new CaseNotFoundException(grant.caseId()));
	}

	/** Whether the case has any round (the step needs one). */
	@Transactional(readOnly = true)
	public boolean any(long caseId) {
		return !this.rounds.findByCaseIdOrderByHeldOnDescIdDesc(caseId).isEmpty();
	}

	@Transactional
	public long add(long caseId, RoundForm form, CurrentUser user) {
		CaseGrant grant = this.access.toWorkAt(caseId, MethodStep.NEGOTIATION_ROUNDS, user);
		NegotiationRound round = new NegotiationRound(caseId, grant.teamId(), floor(form.classification(), grant),
				user.username(), this.calendar.now());
		round.update(form, this.sealer, this.calendar.now());
		long id = this.rounds.saveAndFlush(round).getId();
		refreshNextStep(caseId);
		return id;
	}

	/**
	 * The level a round is recorded at: the one chosen, the case's when none is, never
	 * below the case's (decision 0022).
	 */
	static Classification floor(Classification chosen, CaseGrant grant) {
		Classification level = Classification.orDefault(chosen, grant.level());
		return (level.ordinal() < grant.level().ordinal()) ? grant.level() : level;
	}

	@Transactional
	public void update(long caseId, long roundId, long version, RoundForm form, CurrentUser user) {
		this.access.toWorkAt(caseId, MethodStep.NEGOTIATION_ROUNDS, user);
		NegotiationRound round = round(caseId, roundId);
		ConcurrentEditException.check("NegotiationRound", roundId, version, round.getVersion());
		round.update(form, this.sealer, this.calendar.now());
		this.rounds.flush();
		refreshNextStep(caseId);
	}

	/** Marks a round's next step as done. */
	@Transactional
	public void nextStepDone(long caseId, long roundId, long version, CurrentUser user) {
		this.access.toWorkAt(caseId, MethodStep.NEGOTIATION_ROUNDS, user);
		NegotiationRound round = round(caseId, roundId);
		ConcurrentEditException.check("NegotiationRound", roundId, version, round.getVersion());
		round.markNextStepDone(this.calendar.now());
		this.rounds.flush();
		refreshNextStep(caseId);
	}

	/**
	 * Changes a round's level (the caller checked that the user may, and the reason);
	 * never below the case's. Its sealed fields are resealed under the new level's key.
	 */
	@Transactional
	public void classify(CaseGrant grant, long roundId, long version, Classification level) {
		NegotiationRound round = round(grant.caseId(), roundId);
		if (!grant.mayOpen(round.getClassification())) {
			throw new AccessDeniedException("Only HQ reviewers who may read the round change its level");
		}
		ConcurrentEditException.check("NegotiationRound", roundId, version, round.getVersion());
		if (level.ordinal() < grant.level().ordinal()) {
			throw new RuleViolation("classification", "classification.round.below-case");
		}
		if (level == round.getClassification()) {
			throw new RuleViolation("classification", "classification.unchanged");
		}
		round.classify(level, this.sealer, this.calendar.now());
		this.rounds.flush();
		refreshNextStep(grant.caseId());
	}

	/**
	 * The case's level changed: a strictly confidential case raises every round below it
	 * (resealed); a lower one leaves them as they are. The case's copy of the next step
	 * follows.
	 */
	@Transactional
	public void caseClassified(long caseId, Classification level) {
		if (level.strict()) {
			for (NegotiationRound round : this.rounds.findByCaseIdOrderByHeldOnDescIdDesc(caseId)) {
				if (!round.getClassification().strict()) {
					round.classify(level, this.sealer, this.calendar.now());
				}
			}
			this.rounds.flush();
		}
		refreshNextStep(caseId);
	}

	private void refreshNextStep(long caseId) {
		NegotiationCase file = this.cases.findById(caseId).orElseThrow(() -> new CaseNotFoundException(caseId));
		NegotiationRound earliest = this.rounds.findByCaseIdOrderByHeldOnDescIdDesc(caseId)
			.stream()
			.filter((r) -> r.getNextStepDue() != null)
			.min(Comparator.comparing(NegotiationRound::getNextStepDue))
			.orElse(null);
		if (earliest != null) {
			// A strictly confidential round's next step is not copied onto a case of a
			// lower
			// level (lists would show it to all): its due date only (decision 0022).
			boolean hidden = earliest.getClassification().strict() && !file.getClassification().strict();
			file.nextStep(hidden ? null : earliest.openNextStep(this.sealer), earliest.getNextStepDue(), this.sealer);
		}
		else {
			file.nextStep(null, null, this.sealer);
		}
		this.cases.flush();
	}

	private NegotiationRound round(long caseId, long roundId) {
		return this.rounds.findById(roundId)
			.filter((r) -> r.getCaseId() == caseId)
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

}
