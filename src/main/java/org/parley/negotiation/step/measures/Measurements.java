package org.parley.negotiation.step.measures;

import org.parley.negotiation.CaseAccess;
import org.parley.negotiation.CaseGrant;
import org.parley.negotiation.CaseNotFoundException;
import org.parley.negotiation.MethodStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.parley.shared.ConcurrentEditException;
import org.parley.shared.CurrentUser;
import org.parley.shared.TeamCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up (step 8): the measures of effectiveness set in step 3, measured over time.
 * Read under the same need-to-know as the rest of the case; written by the team's field
 * officers once the case has reached follow-up.
 */
@Service
public class Measurements {

	private final CaseAccess access;

	private final Measures measures;

	private final MoeMeasurementRepository measurements;

	private final TeamCalendar calendar;

	Measurements(CaseAccess access, Measures measures, MoeMeasurementRepository measurements, TeamCalendar calendar) {
		this.access = access;
		this.measures = measures;
		this.measurements = measurements;
		this.calendar = calendar;
	}

	/** The measurements of one measure of the case, in date order. */
	@Transactional(readOnly = true)
	public List<MoeMeasurement.MeasurementView> of(CaseGrant grant, long moeId) {
		long caseId = grant.caseId();
		this.measures.moe(caseId, moeId);
		return this.measurements.findByMoeIdOrderByMeasuredOnAscIdAsc(moeId)
			.stream()
			.map(MoeMeasurement::view)
			.toList();
	}

	/**
	 * The measurements of each measure of the case, in date order (every measure is a
	 * key, with no measurement yet too).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<MoeMeasurement.MeasurementView>> byMeasure(CaseGrant grant) {
		long caseId = grant.caseId();
		Map<Long, List<MoeMeasurement.MeasurementView>> byMeasure = new LinkedHashMap<>();
		this.measures.of(caseId).forEach((m) -> byMeasure.put(m.id(), new java.util.ArrayList<>()));
		this.measurements.findByCaseIdOrderByMeasuredOnAscIdAsc(caseId)
			.forEach((m) -> byMeasure.computeIfAbsent(m.getMoeId(), (k) -> new java.util.ArrayList<>()).add(m.view()));
		byMeasure.replaceAll((k, v) -> List.copyOf(v));
		return byMeasure;
	}

	/** One measurement of a measure of the case. */
	@Transactional(readOnly = true)
	public MoeMeasurement.MeasurementView one(CaseGrant grant, long moeId, long measurementId) {
		return measurement(grant.caseId(), moeId, measurementId).view();
	}

	@Transactional
	public long add(long caseId, long moeId, MeasurementForm form, CurrentUser user) {
		CaseGrant grant = this.access.toWorkAt(caseId, MethodStep.FOLLOW_UP, user);
		this.measures.moe(caseId, moeId);
		MoeMeasurement measurement = new MoeMeasurement(moeId, caseId, grant.teamId(), user.username(),
				this.calendar.now());
		measurement.update(form);
		return this.measurements.saveAndFlush(measurement).getId();
	}

	@Transactional
	public void update(long caseId, long moeId, long measurementId, long version, MeasurementForm form,
			CurrentUser user) {
		this.access.toWorkAt(caseId, MethodStep.FOLLOW_UP, user);
		MoeMeasurement measurement = measurement(caseId, moeId, measurementId);
		ConcurrentEditException.check("MoeMeasurement", measurementId, version, measurement.getVersion());
		measurement.update(form);
		this.measurements.flush();
	}

	@Transactional
	public void remove(long caseId, long moeId, long measurementId, long version, CurrentUser user) {
		this.access.toWorkAt(caseId, MethodStep.FOLLOW_UP, user);
		this.measures.moe(caseId, moeId);
		MoeMeasurement measurement = measurement(caseId, moeId, measurementId);
		ConcurrentEditException.check("MoeMeasurement", measurementId, version, measurement.getVersion());
		this.measurements.delete(measurement);
		this.measurements.flush();
	}

	/**
	 * Where a measurement belongs (its case and measure), for the API that names a
	 * measurement by its id alone. Not found if the user may not see its case.
	 */
	@Transactional(readOnly = true)
	public Owner owner(long measurementId, CurrentUser user) {
		MoeMeasurement measurement = this.measurements.findById(measurementId)
			.orElseThrow(() -> new CaseNotFoundException(measurementId));
		this.access.toRead(measurement.getCaseId(), user);
		return new Owner(measurement.getCaseId(), measurement.getMoeId());
	}

	/** The case and the measure a measurement belongs to. */
	public record Owner(long caseId, long moeId) {
	}

	private MoeMeasurement measurement(long caseId, long moeId, long measurementId) {
		return this.measurements.findById(measurementId)
			.filter((m) -> m.getCaseId() == caseId && m.getMoeId() == moeId)
			.orElseThrow(() -> new CaseNotFoundException(caseId));
	}

}
