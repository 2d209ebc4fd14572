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
 * Staff's pages for the administrative actions (行政処分) against an operator.
 */
@Controller
@RequestMapping("/operators/{id}/administrative-actions")
class AdministrativeActionController {

	private final AdministrativeActionPages pages;

	AdministrativeActionController(AdministrativeActionPages pages) {
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
			@Valid @ModelAttribute AdministrativeActionForm administrativeActionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.create(id, user, base(id), administrativeActionForm, result, model, redirect);
	}

	@GetMapping("/{actionId}/edit")
	String edit(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		return this.pages.editForm(id, actionId, user, base(id), model);
	}

	@PostMapping("/{actionId}/edit")
	String update(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute AdministrativeActionForm administrativeActionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.update(id, actionId, user, base(id), administrativeActionForm, result, model, redirect);
	}

	@GetMapping("/{actionId}/delete")
	String confirmDelete(@PathVariable long id, @PathVariable long actionId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.confirmDelete(id, actionId, user, base(id), model);
	}

	@PostMapping("/{actionId}/delete")
	String delete(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return this.pages.delete(id, actionId, user, base(id), redirect);
	}

	private static String base(long id) {
		return "/operators/" + id + "/administrative-actions";
	}

}
