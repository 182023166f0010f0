package org.parley.negotiation.step.measures;

import org.parley.negotiation.CaseAccess;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.parley.shared.CurrentUser;
import org.parley.shared.PlausibleDate;
import org.parley.shared.RuleViolation;
import org.parley.shared.web.ETags;

import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Measurements of measures of effectiveness as a flat resource, each named by its own id
 * (the nested {@code /api/v1/cases/{id}/moes/{moeId}/measurements} stays). The same
 * service and rules: the case's need-to-know (404), the team's field officers write once
 * the case has reached follow-up (403, 422), If-Match on changes (428, 409). A value that
 * is not a number is refused at its field (422), as on the page.
 */
@RestController
@RequestMapping("/api/v1/moe-measurements")
@Tag(name = "Measurements of effectiveness")
class MoeMeasurementApi {

	private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private final Measurements measurements;

	private final CaseAccess access;

	MoeMeasurementApi(Measurements measurements, CaseAccess access) {
		this.measurements = measurements;
		this.access = access;
	}

	@GetMapping
	@Operation(summary = "The measurements of a case, oldest first; of one of its measures with moeId")
	@ApiResponse(responseCode = "200", description = "The measurements")
	@ApiResponse(responseCode = "404", description = "No such case or measure for the caller",
			content = @Content(mediaType = PROBLEM))
	List<Measurement> list(@Parameter(description = "The case") @RequestParam long caseId,
			@Parameter(description = "One measure of the case") @RequestParam(required = false) Long moeId,
			@AuthenticationPrincipal CurrentUser user) {
		List<MoeMeasurement.MeasurementView> views = (moeId != null)
				? this.measurements.of(this.access.toRead(caseId, user), moeId)
				: this.measurements.byMeasure(this.access.toRead(caseId, user))
					.values()
					.stream()
					.flatMap(List::stream)
					.toList();
		return views.stream().map((v) -> Measurement.of(caseId, v)).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One measurement, with its version as ETag")
	@ApiResponse(responseCode = "200", description = "The measurement")
	@ApiResponse(responseCode = "404", description = "No such measurement for the caller",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<Measurement> get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		return withETag(read(this.measurements.owner(id, user), id, user));
	}

	@PostMapping
	@Operation(summary = "Records a measurement of a measure (its date not in the future)")
	@ApiResponse(responseCode = "201", description = "Recorded; Location and ETag of the new measurement")
	@ApiResponse(responseCode = "403", description = "Not a field officer of the case's team",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such case or measure for the caller",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "422",
			description = "A value that is not a number, or the case has not reached " + "follow-up",
			content = @Content(mediaType = PROBLEM))
	ResponseEntity<Measurement> create(@Valid @RequestBody Input input, @AuthenticationPrincipal CurrentUser user) {
		if (input.caseId() == null || input.moeId() == null) {
			throw new RuleViolation((input.caseId() == null) ? "caseId" : "moeId", "validation.required");
		}
		long id = this.measurements.add(input.caseId(), input.moeId(), input.form(), user);
		Measurement created = read(new Measurements.Owner(input.caseId(), input.moeId()), id, user);
		return ResponseEntity.created(URI.create("/api/v1/moe-measurements/" + id))
			.eTag(Long.toString(created.version()))
			.body(created);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Corrects a measurement (caseId and moeId in the body are ignored)")
	@ApiResponse(responseCode = "200", description = "Corrected, with its new ETag")
	@ApiResponse(responseCode = "403", description = "Not a field officer of the case's team",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such measurement for the caller",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "409", description = "Changed since it was read",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "422", description = "A value that is not a number",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
	ResponseEntity<Measurement> update(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@Valid @RequestBody Input input, @AuthenticationPrincipal CurrentUser user) {
		Measurements.Owner owner = this.measurements.owner(id, user);
		this.measurements.update(owner.caseId(), owner.moeId(), id, ETags.version(ifMatch), input.form(), user);
		return withETag(read(owner, id, user));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Removes a measurement (the case's history keeps it)")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "403", description = "Not a field officer of the case's team",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "404", description = "No such measurement for the caller",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "409", description = "Changed since it was read",
			content = @Content(mediaType = PROBLEM))
	@ApiResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = PROBLEM))
	ResponseEntity<Void> delete(@PathVariable long id, @RequestHeader("If-Match") String ifMatch,
			@AuthenticationPrincipal CurrentUser user) {
		Measurements.Owner owner = this.measurements.owner(id, user);
		this.measurements.remove(owner.caseId(), owner.moeId(), id, ETags.version(ifMatch), user);
		return ResponseEntity.noContent().build();
	}

	private Measurement read(Measurements.Owner owner, long id, CurrentUser user) {
		return Measurement.of(owner.caseId(),
				this.measurements.one(this.access.toRead(owner.caseId(), user), owner.moeId(), id));
	}

	private static ResponseEntity<Measurement> withETag(Measurement measurement) {
		return ResponseEntity.ok().eTag(Long.toString(measurement.version())).body(measurement);
	}

	/**
	 * A measurement as this resource shows it.
	 *
	 * @param version its ETag, for If-Match
	 */
	public record Measurement(long id, long caseId, long moeId, LocalDate measuredOn, BigDecimal value, String source,
			String note, String createdBy, long version) {

		static Measurement of(long caseId, MoeMeasurement.MeasurementView view) {
			MeasurementForm content = view.content();
			return new Measurement(view.id(), caseId, view.moeId(), content.measuredOn(), content.value(),
					content.source(), content.note(), view.createdBy(), view.version());
		}

	}

	/**
	 * A measurement as a client sends it. The value is read as text so that one that is
	 * not a number is named at its field rather than failing the whole body.
	 *
	 * @param caseId the case (on POST)
	 * @param moeId the measure (on POST)
	 * @param value a number, as JSON number or text ("120.5")
	 */
	public record Input(Long caseId, Long moeId,
			@NotNull(message = "{validation.required}") @PastOrPresent(
					message = "{validation.date.future}") @PlausibleDate LocalDate measuredOn,
			@NotNull(message = "{validation.required}") @Size(max = 40, message = "{validation.number}") String value,
			@Size(max = 300, message = "{validation.too-long}") String source,
			@Size(max = 5000, message = "{validation.too-long}") String note) {

		MeasurementForm form() {
			BigDecimal number;
			try {
				number = new BigDecimal(this.value.strip());
			}
			catch (NumberFormatException ex) {
				throw new RuleViolation("value", "validation.number");
			}
			if (number.precision() - number.scale() > 14 || number.scale() > 4) {
				throw new RuleViolation("value", "validation.number");
			}
			return new MeasurementForm(this.measuredOn, number, this.source, this.note);
		}

	}

}
