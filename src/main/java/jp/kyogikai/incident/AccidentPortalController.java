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

import static jp.kyogikai.operator.OperatorRecordPages.own;

/**
 * An OPERATOR user's pages for its own operator's accidents.
 */
@Controller
@RequestMapping("/operator-portal/accidents")
class AccidentPortalController {

	private static final String BASE = "/operator-portal/accidents";

	private final AccidentPages pages;

	AccidentPortalController(AccidentPages pages) {
		this.pages = pages;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.list(own(user), user, BASE, model);
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.newForm(own(user), user, BASE, model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute AccidentForm accidentForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return this.pages.create(own(user), user, BASE, accidentForm, result, model, redirect);
	}

	@GetMapping("/{accidentId}/edit")
	String edit(@PathVariable long accidentId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.editForm(own(user), accidentId, user, BASE, model);
	}

	@PostMapping("/{accidentId}/edit")
	String update(@PathVariable long accidentId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute AccidentForm accidentForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.update(own(user), accidentId, user, BASE, accidentForm, result, model, redirect);
	}

	@GetMapping("/{accidentId}/delete")
	String confirmDelete(@PathVariable long accidentId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.confirmDelete(own(user), accidentId, user, BASE, model);
	}

	@PostMapping("/{accidentId}/delete")
	String delete(@PathVariable long accidentId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return this.pages.delete(own(user), accidentId, user, BASE, redirect);
	}

}
