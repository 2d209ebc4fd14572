package jp.kyogikai.incident;

import jakarta.validation.Valid;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's pages for an operator's complaints.
 */
@Controller
@RequestMapping("/operators/{id}/complaints")
class ComplaintController {

	private final ComplaintPages pages;

	ComplaintController(ComplaintPages pages) {
		this.pages = pages;
	}

	@GetMapping
	String index(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.list(id, user, base(id), model);
	}

	@GetMapping("/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.newForm(id, user, base(id), model);
	}

	@PostMapping("/new")
	String create(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute ComplaintForm complaintForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.create(id, user, base(id), complaintForm, result, model, redirect);
	}

	@GetMapping("/{complaintId}/edit")
	String edit(@PathVariable long id, @PathVariable long complaintId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		return this.pages.editForm(id, complaintId, user, base(id), model);
	}

	@PostMapping("/{complaintId}/edit")
	String update(@PathVariable long id, @PathVariable long complaintId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute ComplaintForm complaintForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.update(id, complaintId, user, base(id), complaintForm, result, model, redirect);
	}

	@GetMapping("/{complaintId}/delete")
	String confirmDelete(@PathVariable long id, @PathVariable long complaintId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.confirmDelete(id, complaintId, user, base(id), model);
	}

	@PostMapping("/{complaintId}/delete")
	String delete(@PathVariable long id, @PathVariable long complaintId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return this.pages.delete(id, complaintId, user, base(id), redirect);
	}

	private static String base(long id) {
		return "/operators/" + id + "/complaints";
	}

}
