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
 * An OPERATOR user's pages for its own operator's complaints.
 */
@Controller
@RequestMapping("/operator-portal/complaints")
class ComplaintPortalController {

	private static final String BASE = "/operator-portal/complaints";

	private final ComplaintPages pages;

	ComplaintPortalController(ComplaintPages pages) {
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
	String create(@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute ComplaintForm complaintForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return this.pages.create(own(user), user, BASE, complaintForm, result, model, redirect);
	}

	@GetMapping("/{complaintId}/edit")
	String edit(@PathVariable long complaintId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.editForm(own(user), complaintId, user, BASE, model);
	}

	@PostMapping("/{complaintId}/edit")
	String update(@PathVariable long complaintId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute ComplaintForm complaintForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.update(own(user), complaintId, user, BASE, complaintForm, result, model, redirect);
	}

	@GetMapping("/{complaintId}/delete")
	String confirmDelete(@PathVariable long complaintId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.confirmDelete(own(user), complaintId, user, BASE, model);
	}

	@PostMapping("/{complaintId}/delete")
	String delete(@PathVariable long complaintId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return this.pages.delete(own(user), complaintId, user, BASE, redirect);
	}

}
