package jp.kyogikai.operator;

import java.util.Locale;

import jakarta.validation.Valid;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * An OPERATOR user's pages for its own operator's offices (事務所): list, add, edit, delete.
 * An office of another operator is a 404.
 */
@Controller
@RequestMapping("/operator-portal/offices")
class OfficePortalController {

	private static final String BASE = "/operator-portal/offices";

	private final OperatorService operators;

	private final MessageSource messages;

	OfficePortalController(OperatorService operators, MessageSource messages) {
		this.operators = operators;
		this.messages = messages;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		if (!model.containsAttribute("officeForm")) {
			model.addAttribute("officeForm", new OfficeForm());
		}
		return list(own(user), user, model);
	}

	@PostMapping
	String add(@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute OfficeForm officeForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long operatorId = own(user);
		if (result.hasErrors()) {
			return list(operatorId, user, model);
		}
		this.operators.addOffice(operatorId, user, officeForm);
		redirect.addFlashAttribute("flashMessage", "flash.office.added");
		return "redirect:" + BASE;
	}

	@GetMapping("/{officeId}/edit")
	String edit(@PathVariable long officeId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		long operatorId = own(user);
		model.addAttribute("officeForm", this.operators.officeForm(operatorId, officeId, user));
		return form(operatorId, officeId, user, model);
	}

	@PostMapping("/{officeId}/edit")
	String update(@PathVariable long officeId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute OfficeForm officeForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long operatorId = own(user);
		this.operators.officeForm(operatorId, officeId, user);
		if (!result.hasErrors()) {
			try {
				this.operators.updateOffice(operatorId, officeId, user, officeForm);
				redirect.addFlashAttribute("flashMessage", "flash.office.updated");
				return "redirect:" + BASE;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return form(operatorId, officeId, user, model);
	}

	@PostMapping("/{officeId}/delete")
	String delete(@PathVariable long officeId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		try {
			this.operators.deleteOffice(own(user), officeId, user);
			redirect.addFlashAttribute("flashMessage", "flash.office.deleted");
		}
		catch (OfficeInUseException ex) {
			redirect.addFlashAttribute("flashErrorText",
					this.messages.getMessage(ex.messageCode(), ex.messageArguments(), Locale.JAPAN));
		}
		return "redirect:" + BASE;
	}

	private String list(long operatorId, AccountPrincipal user, Model model) {
		model.addAttribute("detail", this.operators.detail(operatorId, user));
		model.addAttribute("offices", this.operators.offices(operatorId, user));
		return "offices/index";
	}

	private String form(long operatorId, long officeId, AccountPrincipal user, Model model) {
		model.addAttribute("detail", this.operators.detail(operatorId, user));
		model.addAttribute("officeId", officeId);
		return "offices/form";
	}

}
