package org.parley.negotiation.step.measures;

import org.parley.negotiation.MethodStep;
import org.parley.negotiation.step.StepSaves;
import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Measures of effectiveness from the step pages: set, changed and removed with the
 * objectives (step 3), measured in the follow-up (step 8).
 */
@Controller
@RequestMapping("/cases/{id}/moes")
class MeasureController {

	private final Measures measures;

	private final Measurements measurements;

	private final StepSaves saves;

	MeasureController(Measures measures, Measurements measurements, StepSaves saves) {
		this.measures = measures;
		this.measurements = measurements;
		this.saves = saves;
	}

	@PostMapping
	String add(@PathVariable long id, @Valid @ModelAttribute("moeForm") MoeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return this.saves.save(id, MethodStep.OBJECTIVES, result, user, model, redirect, "#moes",
				() -> this.measures.add(id, form, user));
	}

	@PostMapping("/{moeId}")
	String update(@PathVariable long id, @PathVariable long moeId, @RequestParam long version,
			@Valid @ModelAttribute("moeEditForm") MoeForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("editId", moeId);
		return this.saves.save(id, MethodStep.OBJECTIVES, result, user, model, redirect, "#moes",
				() -> this.measures.update(id, moeId, version, form, user));
	}

	@PostMapping("/{moeId}/delete")
	String remove(@PathVariable long id, @PathVariable long moeId, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return this.saves.act(id, MethodStep.OBJECTIVES, user, model, redirect, "#moes",
				() -> this.measures.remove(id, moeId, version, user));
	}

	@PostMapping("/{moeId}/measurements")
	String measure(@PathVariable long id, @PathVariable long moeId,
			@Valid @ModelAttribute("measurementForm") MeasurementForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("measurementMoe", moeId);
		return this.saves.save(id, MethodStep.FOLLOW_UP, result, user, model, redirect, "#moe-" + moeId,
				() -> this.measurements.add(id, moeId, form, user));
	}

	@PostMapping("/{moeId}/measurements/{measurementId}")
	String updateMeasurement(@PathVariable long id, @PathVariable long moeId, @PathVariable long measurementId,
			@RequestParam long version, @Valid @ModelAttribute("measurementEditForm") MeasurementForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		model.addAttribute("editId", measurementId);
		return this.saves.save(id, MethodStep.FOLLOW_UP, result, user, model, redirect, "#moe-" + moeId,
				() -> this.measurements.update(id, moeId, measurementId, version, form, user));
	}

	@PostMapping("/{moeId}/measurements/{measurementId}/delete")
	String removeMeasurement(@PathVariable long id, @PathVariable long moeId, @PathVariable long measurementId,
			@RequestParam long version, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		return this.saves.act(id, MethodStep.FOLLOW_UP, user, model, redirect, "#moe-" + moeId,
				() -> this.measurements.remove(id, moeId, measurementId, version, user));
	}

}
