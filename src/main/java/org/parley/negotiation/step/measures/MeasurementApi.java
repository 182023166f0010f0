package org.parley.negotiation.step.measures;

import org.parley.negotiation.CaseAccess;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.ETags;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The measurements of a case's measures of effectiveness through the JSON API (follow-up,
 * step 8): listed per measure in date order; added, changed and removed by the team's
 * field officers once the case has reached follow-up. If-Match carries the measurement's
 * version.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}/moes/{moeId}/measurements")
class MeasurementApi {

	private final Measurements measurements;

	private final CaseAccess access;

	MeasurementApi(Measurements measurements, CaseAccess access) {
		this.measurements = measurements;
		this.access = access;
	}

	/** The measure's measurements, oldest first. */
	@GetMapping
	List<MoeMeasurement.MeasurementView> list(@PathVariable long id, @PathVariable long moeId,
			@AuthenticationPrincipal CurrentUser user) {
		return this.measurements.of(this.access.toRead(id, user), moeId);
	}

	@GetMapping("/{measurementId}")
	ResponseEntity<MoeMeasurement.MeasurementView> one(@PathVariable long id, @PathVariable long moeId,
			@PathVariable long measurementId, @AuthenticationPrincipal CurrentUser user) {
		return withETag(this.measurements.one(this.access.toRead(id, user), moeId, measurementId));
	}

	/** Records a measurement (its date not in the future). */
	@PostMapping
	ResponseEntity<MoeMeasurement.MeasurementView> add(@PathVariable long id, @PathVariable long moeId,
			@Valid @RequestBody MeasurementForm form, @AuthenticationPrincipal CurrentUser user) {
		long measurementId = this.measurements.add(id, moeId, form, user);
		MoeMeasurement.MeasurementView view = this.measurements.one(this.access.toRead(id, user), moeId, measurementId);
		return ResponseEntity
			.created(URI.create("/api/v1/cases/" + id + "/moes/" + moeId + "/measurements/" + measurementId))
			.eTag(Long.toString(view.version()))
			.body(view);
	}

	@PutMapping("/{measurementId}")
	ResponseEntity<MoeMeasurement.MeasurementView> update(@PathVariable long id, @PathVariable long moeId,
			@PathVariable long measurementId, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody MeasurementForm form, @AuthenticationPrincipal CurrentUser user) {
		this.measurements.update(id, moeId, measurementId, ETags.version(ifMatch), form, user);
		return withETag(this.measurements.one(this.access.toRead(id, user), moeId, measurementId));
	}

	@DeleteMapping("/{measurementId}")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long moeId, @PathVariable long measurementId,
			@RequestHeader("If-Match") String ifMatch, @AuthenticationPrincipal CurrentUser user) {
		this.measurements.remove(id, moeId, measurementId, ETags.version(ifMatch), user);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<MoeMeasurement.MeasurementView> withETag(MoeMeasurement.MeasurementView view) {
		return ResponseEntity.ok().eTag(Long.toString(view.version())).body(view);
	}

}
