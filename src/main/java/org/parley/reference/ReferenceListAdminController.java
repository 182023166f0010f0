package org.parley.reference;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parley.shared.web.Flash;
import org.parley.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of the reference lists (administrators only: everything under /admin).
 */
@PreAuthorize("hasRole('ADMIN')")
@Controller
@RequestMapping("/admin/reference-lists")
class ReferenceListAdminController {

	private final ReferenceLists lists;

	ReferenceListAdminController(ReferenceLists lists) {
		this.lists = lists;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "GROUP_CATEGORY") ReferenceList list, Model model) {
		model.addAttribute("form", new NewValueForm(null, null, null, null, 100));
		return listPage(list, model);
	}

	@PostMapping
	String add(@RequestParam ReferenceList list, @Valid @ModelAttribute("form") NewValueForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (Refusals.onForm(result, "error.concurrent-edit")
			.attempt(() -> this.lists.add(list, form.code(), form.labels(), form.sortOrder()))
			.isPresent()) {
			Flash.success(redirect, "reference.value.added", form.code());
			return "redirect:/admin/reference-lists?list=" + list;
		}
		return listPage(list, model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		ReferenceValue.AdminView value = this.lists.get(id);
		model.addAttribute("form", new EditValueForm(value.labelEn(), value.labelEs(), value.labelFr(),
				value.sortOrder(), value.version()));
		return valuePage(value, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") EditValueForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		ReferenceValue.AdminView value = this.lists.get(id);
		if (Refusals.onForm(result, "error.concurrent-edit")
			.attempt(() -> this.lists.relabel(id, form.version(), form.labels(), form.sortOrder()))) {
			Flash.success(redirect, "reference.value.saved", value.code());
			return "redirect:/admin/reference-lists?list=" + value.list();
		}
		return valuePage(value, model);
	}

	@PostMapping("/{id}/retire")
	String retire(@PathVariable long id, RedirectAttributes redirect) {
		this.lists.retire(id);
		ReferenceValue.AdminView value = this.lists.get(id);
		Flash.success(redirect, "reference.value.retired", value.code());
		return "redirect:/admin/reference-lists?list=" + value.list();
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable long id, RedirectAttributes redirect) {
		this.lists.restore(id);
		ReferenceValue.AdminView value = this.lists.get(id);
		Flash.success(redirect, "reference.value.restored", value.code());
		return "redirect:/admin/reference-lists?list=" + value.list();
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		ReferenceValue.AdminView value = this.lists.get(id);
		if (Refusals.asDangerFlash(redirect, "error.concurrent-edit").attempt(() -> this.lists.delete(id))) {
			Flash.success(redirect, "reference.value.deleted", value.code());
			return "redirect:/admin/reference-lists?list=" + value.list();
		}
		return "redirect:/admin/reference-lists/" + id;
	}

	private String listPage(ReferenceList list, Model model) {
		model.addAttribute("lists", ReferenceList.values());
		model.addAttribute("list", list);
		model.addAttribute("values", this.lists.all(list));
		return "admin/reference-lists";
	}

	private String valuePage(ReferenceValue.AdminView value, Model model) {
		model.addAttribute("value", value);
		return "admin/reference-value";
	}

	record NewValueForm(
			@NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.too-long}") String code,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") String labelEn,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") String labelEs,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") String labelFr,
			@Min(value = 0, message = "{validation.range}") @Max(value = 100000,
					message = "{validation.range}") int sortOrder) {

		ReferenceValue.Labels labels() {
			return new ReferenceValue.Labels(this.labelEn, this.labelEs, this.labelFr);
		}

	}

	record EditValueForm(
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") String labelEn,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") String labelEs,
			@NotBlank(message = "{validation.required}") @Size(max = 200,
					message = "{validation.too-long}") String labelFr,
			@Min(value = 0, message = "{validation.range}") @Max(value = 100000,
					message = "{validation.range}") int sortOrder,
			long version) {

		ReferenceValue.Labels labels() {
			return new ReferenceValue.Labels(this.labelEn, this.labelEs, this.labelFr);
		}

	}

}
