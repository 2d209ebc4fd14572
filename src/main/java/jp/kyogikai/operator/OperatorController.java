package jp.kyogikai.operator;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.Valid;
import jp.kyogikai.council.TransportKind;
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

/**
 * The secretariat's operators: the list with their registration expiry, each operator's
 * record, its edit form, its offices, its history and its changes since the last
 * deliberation.
 */
@Controller
@RequestMapping("/operators")
class OperatorController {

	private final OperatorService operators;

	private final OperatorHistoryService history;

	private final MessageSource messages;

	private final Clock clock;

	OperatorController(OperatorService operators, OperatorHistoryService history, MessageSource messages, Clock clock) {
		this.operators = operators;
		this.history = history;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("operators", this.operators.operatorsFor(user));
		return "operators/index";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return page(id, user, model);
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("history", this.history.history(id, user));
		return "operators/history";
	}

	@GetMapping("/{id}/changes")
	String changes(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("changes", this.history.changes(id, user));
		model.addAttribute("registries", RegistryRecord.Registry.values());
		return "operators/changes";
	}

	private String page(long id, AccountPrincipal user, Model model) {
		model.addAttribute("detail", this.operators.detail(id, user));
		model.addAttribute("renewal", this.operators.renewal(id, user).orElse(null));
		model.addAttribute("incidentCounts", this.operators.incidentCounts(id, user));
		if (!model.containsAttribute("officeForm")) {
			model.addAttribute("officeForm", new OfficeForm());
		}
		if (!model.containsAttribute("managerForm")) {
			model.addAttribute("managerForm", new ManagerForm());
		}
		model.addAttribute("managerRoles", ManagerRole.values());
		model.addAttribute("changeCount", this.history.changes(id, user).changes().size());
		model.addAttribute("staffView", true);
		return "operators/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("operatorForm", this.operators.form(id, user));
		return form(id, user, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute OperatorForm operatorForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.operators.form(id, user);
		operatorForm.check(result, LocalDate.now(this.clock));
		if (!result.hasErrors()) {
			try {
				this.operators.update(id, user, operatorForm.getVersion(), operatorForm);
				redirect.addFlashAttribute("flashMessage", "flash.operator.updated");
				return "redirect:/operators/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return form(id, user, model);
	}

	@PostMapping("/{id}/offices")
	String addOffice(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute OfficeForm officeForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.operators.form(id, user);
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		this.operators.addOffice(id, user, officeForm);
		redirect.addFlashAttribute("flashMessage", "flash.office.added");
		return "redirect:/operators/" + id;
	}

	@PostMapping("/{id}/offices/{officeId}/delete")
	String removeOffice(@PathVariable long id, @PathVariable long officeId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			this.operators.removeOffice(id, officeId, user);
			redirect.addFlashAttribute("flashMessage", "flash.office.deleted");
		}
		catch (OfficeInUseException ex) {
			redirect.addFlashAttribute("flashErrorText",
					this.messages.getMessage(ex.messageCode(), ex.messageArguments(), Locale.JAPAN));
		}
		return "redirect:/operators/" + id;
	}

	@PostMapping("/{id}/managers")
	String addManager(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute ManagerForm managerForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.operators.form(id, user);
		if (result.hasErrors()) {
			return page(id, user, model);
		}
		this.operators.addManager(id, user, managerForm);
		redirect.addFlashAttribute("flashMessage", "flash.manager.added");
		return "redirect:/operators/" + id;
	}

	@PostMapping("/{id}/managers/{managerId}/delete")
	String removeManager(@PathVariable long id, @PathVariable long managerId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		this.operators.removeManager(id, managerId, user);
		redirect.addFlashAttribute("flashMessage", "flash.manager.deleted");
		return "redirect:/operators/" + id;
	}

	private String form(long id, AccountPrincipal user, Model model) {
		model.addAttribute("detail", this.operators.detail(id, user));
		model.addAttribute("operatorTypes", OperatorType.values());
		model.addAttribute("transportKinds", TransportKind.values());
		model.addAttribute("passengerCategories", PassengerCategory.values());
		return "operators/form";
	}

}
