package org.parley.armedgroup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;
import org.parley.shared.CurrentUser;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Correcting and lifting a group's designation (decision 0024): HQ reviewers and
 * administrators only, over the version they saw. They are added on the group's page.
 */
@Controller
@RequestMapping("/armed-groups/{id}/designations/{designationId}")
@PreAuthorize("hasAnyRole('HQ_REVIEWER', 'ADMIN')")
class DesignationController {

	private static final String FORM = "form";

	private final ArmedGroupDesignations designations;

	private final ArmedGroupQueries queries;

	DesignationController(ArmedGroupDesignations designations, ArmedGroupQueries queries) {
		this.designations = designations;
		this.queries = queries;
	}

	@GetMapping("/edit")
	String edit(@PathVariable long id, @PathVariable long designationId, Model model) {
		DesignationView designation = this.designations.get(id, designationId);
		model.addAttribute(FORM, new DesignationInput(designation.authority(), designation.jurisdiction(),
				designation.listingName(), designation.listedOn(), designation.source(), designation.liftedOn()));
		return page(id, designation, designation.version(), model);
	}

	@PostMapping
	String correct(@PathVariable long id, @PathVariable long designationId,
			@Valid @ModelAttribute(FORM) DesignationInput form, BindingResult result, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		DesignationView designation = this.designations.get(id, designationId);
		if (Refusals.onForm(result, "armedgroup.conflict")
			.attempt(() -> this.designations.correct(id, designationId, version, form, user))) {
			Flash.success(redirect, "armedgroup.designation.corrected");
			return "redirect:/armed-groups/" + id + "#designations";
		}
		return page(id, designation, version, model);
	}

	/** Records the day the listing was lifted; the designation stays, as lifted. */
	@PostMapping("/lift")
	String lift(@PathVariable long id, @PathVariable long designationId,
			@RequestParam(required = false) String liftedOn, @RequestParam long version,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		DesignationView designation = this.designations.get(id, designationId);
		LocalDate day = date(liftedOn);
		DesignationInput typed = new DesignationInput(designation.authority(), designation.jurisdiction(),
				designation.listingName(), designation.listedOn(), designation.source(), day);
		BindingResult result = new BeanPropertyBindingResult(typed, FORM);
		if (liftedOn != null && !liftedOn.isBlank() && day == null) {
			result.rejectValue("liftedOn", "typeMismatch.date");
		}
		if (Refusals.onForm(result, "armedgroup.conflict")
			.attempt(() -> this.designations.lift(id, designationId, version, day, user))) {
			Flash.success(redirect, "armedgroup.designation.lifted-saved");
			return "redirect:/armed-groups/" + id + "#designations";
		}
		model.addAttribute(FORM, typed);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + FORM, result);
		return page(id, designation, version, model);
	}

	private String page(long id, DesignationView designation, long version, Model model) {
		model.addAttribute("group", this.queries.ref(id));
		model.addAttribute("designation", designation);
		model.addAttribute("version", version);
		model.addAttribute("authorities", DesignationAuthority.values());
		return "armedgroup/designation";
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
