package org.parley.negotiation.step.measures;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.MethodStep;
import java.util.List;
import java.util.Map;

import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.RuleViolation;
import org.parley.shared.TeamCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures of effectiveness of a case: set with the objectives (step 3), measured in
 * the follow-up (step 8, {@link Measurements}).
 */
@Service
public class Measures {

	private final MoeRepository moes;

	private final MoeMeasurementRepository measurements;

	private final CaseAccess access;

	private final TeamCalendar calendar;

	Measures(MoeRepository moes, MoeMeasurementRepository measurements, CaseAccess access, TeamCalendar calendar) {
		this.moes = moes;
		this.measurements = measurements;
		this.access = access;
		this.calendar = calendar;
	}

	/** The case's measures, in the order they were set. */
	@Transactional(readOnly = true)
	public List<MeasureOfEffectiveness.MoeView> of(CaseGrant grant) {
		return of(grant.caseId());
	}

	List<MeasureOfEffectiveness.MoeView> of(long caseId) {
		return this.moes.findByCaseIdOrderById(caseId).stream().map(MeasureOfEffectiveness::view).toList();
	}

	/** Whether the case has set any measure (the objectives need one). */
	@Transactional(readOnly = true)
	public boolean any(long caseId) {
		return !this.moes.findByCaseIdOrderById(caseId).isEmpty();
	}

	/** One measure of the case. */
	@Transactional(readOnly = true)
	public MeasureOfEffectiveness.MoeView one(CaseGrant grant, long moeId) {
		return moe(grant.caseId(), moeId).view();
	}

	@Transactional
	public long add(long caseId, MoeForm form, CurrentUser user) {
		CaseGrant grant = this.access.toWorkAt(caseId, MethodStep.OBJECTIVES, user);
		MeasureOfEffectiveness moe = new MeasureOfEffectiveness(caseId, grant.teamId(), this.calendar.now());
		moe.update(form, this.calendar.now());
		return this.moes.saveAndFlush(moe).view().id();
	}

	@Transactional
	public void update(long caseId, long moeId, long version, MoeForm form, CurrentUser user) {
		this.access.toWorkAt(caseId, MethodStep.OBJECTIVES, user);
		MeasureOfEffectiveness moe = moe(caseId, moeId);
		ConcurrentEditException.check("MeasureOfEffectiveness", moeId, version, moe.getVersion());
		moe.update(form, this.calendar.now());
		this.moes.flush();
	}

	@Transactional
	public void remove(long caseId, long moeId, long version, CurrentUser user) {
		this.access.toWorkAt(caseId, MethodStep.OBJECTIVES, user);
		MeasureOfEffectiveness moe = moe(caseId, moeId);
		ConcurrentEditException.check("MeasureOfEffectiveness", moeId, version, moe.getVersion());
		if (this.measurements.existsByMoeId(moeId)) {
			// What was measured against it stays: the follow-up would lose its record.
			throw new RuleViolation(null, "negotiation.moe.has-measurements");
		}
		this.moes.delete(moe);
		this.moes.flush();
	}

	MeasureOfEffectiveness moe(long caseId, long moeId) {
		return this.moes.findById(moeId)
			.filter((m) -> m.getCaseId() == caseId)
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

}
