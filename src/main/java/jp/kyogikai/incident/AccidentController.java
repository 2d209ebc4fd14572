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
 * Staff's pages for an operator's accidents.
 */
@Controller
@RequestMapping("/operators/{id}/accidents")
class AccidentController {

	private final AccidentPages pages;

	AccidentController(AccidentPages pages) {
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
			@Valid @ModelAttribute AccidentForm accidentForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.create(id, user, base(id), accidentForm, result, model, redirect);
	}

	@GetMapping("/{accidentId}/edit")
	String edit(@PathVariable long id, @PathVariable long accidentId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		return this.pages.editForm(id, accidentId, user, base(id), model);
	}

	@PostMapping("/{accidentId}/edit")
	String update(@PathVariable long id, @PathVariable long accidentId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute AccidentForm accidentForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.update(id, accidentId, user, base(id), accidentForm, result, model, redirect);
	}

	@GetMapping("/{accidentId}/delete")
	String confirmDelete(@PathVariable long id, @PathVariable long accidentId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.confirmDelete(id, accidentId, user, base(id), model);
	}

	@PostMapping("/{accidentId}/delete")
	String delete(@PathVariable long id, @PathVariable long accidentId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return this.pages.delete(id, accidentId, user, base(id), redirect);
	}

	private static String base(long id) {
		return "/operators/" + id + "/accidents";
	}

}
