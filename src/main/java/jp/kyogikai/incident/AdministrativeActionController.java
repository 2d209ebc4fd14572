package jp.kyogikai.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.security.AccountPrincipal;

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
 * Staff's pages for the administrative actions (行政処分) against an operator.
 */
@Controller
@RequestMapping("/operators/{id}/administrative-actions")
class AdministrativeActionController {

	private final AdministrativeActionService actions;

	private final Clock clock;

	AdministrativeActionController(AdministrativeActionService actions, Clock clock) {
		this.actions = actions;
		this.clock = clock;
	}

	@GetMapping
	String index(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("actions", this.actions.list(id, user));
		return page(id, user, model, "administrative-actions/index");
	}

	@GetMapping("/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("administrativeActionForm", new AdministrativeActionForm());
		return form(id, user, model, null);
	}

	@PostMapping("/new")
	String create(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute AdministrativeActionForm administrativeActionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.actions.operator(id, user);
		administrativeActionForm.check(result, LocalDate.now(this.clock));
		if (result.hasErrors()) {
			return form(id, user, model, null);
		}
		this.actions.add(id, user, administrativeActionForm);
		redirect.addFlashAttribute("flashMessage", "flash.administrativeAction.added");
		return "redirect:" + base(id);
	}

	@GetMapping("/{actionId}/edit")
	String edit(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		model.addAttribute("administrativeActionForm", this.actions.form(id, actionId, user));
		return form(id, user, model, actionId);
	}

	@PostMapping("/{actionId}/edit")
	String update(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute AdministrativeActionForm administrativeActionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.actions.get(id, actionId, user);
		administrativeActionForm.check(result, LocalDate.now(this.clock));
		if (!result.hasErrors()) {
			try {
				this.actions.update(id, actionId, user, administrativeActionForm);
				redirect.addFlashAttribute("flashMessage", "flash.administrativeAction.updated");
				return "redirect:" + base(id);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return form(id, user, model, actionId);
	}

	@GetMapping("/{actionId}/delete")
	String confirmDelete(@PathVariable long id, @PathVariable long actionId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		AdministrativeAction action = this.actions.get(id, actionId, user);
		List<String> facts = new ArrayList<>();
		facts.add(Wareki.format(action.getActedOn()));
		facts.add(action.getSummary());
		model.addAttribute("deleteTitle", "administrativeAction.delete.title");
		model.addAttribute("deleteFacts", facts);
		model.addAttribute("deleteAction", base(id) + "/" + actionId + "/delete");
		model.addAttribute("listTitle", "administrativeActions.title");
		return page(id, user, model, "incidents/delete");
	}

	@PostMapping("/{actionId}/delete")
	String delete(@PathVariable long id, @PathVariable long actionId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		this.actions.delete(id, actionId, user);
		redirect.addFlashAttribute("flashMessage", "flash.administrativeAction.deleted");
		return "redirect:" + base(id);
	}

	private String form(long id, AccountPrincipal user, Model model, Long actionId) {
		model.addAttribute("actionId", actionId);
		model.addAttribute("actionKinds", ActionKind.values());
		return page(id, user, model, "administrative-actions/form");
	}

	private String page(long id, AccountPrincipal user, Model model, String view) {
		return IncidentPages.page(this.actions.operator(id, user), base(id), model, view);
	}

	private static String base(long id) {
		return "/operators/" + id + "/administrative-actions";
	}

}
