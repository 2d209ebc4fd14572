package jp.kyogikai.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jp.kyogikai.calendar.Wareki;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.web.FormErrors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accident pages shared by staff ({@code /operators/{id}/accidents}) and the operator
 * portal ({@code /operator-portal/accidents}); {@code base} is the list's URL.
 */
@Component
class AccidentPages {

	private final AccidentService accidents;

	private final Clock clock;

	AccidentPages(AccidentService accidents, Clock clock) {
		this.accidents = accidents;
		this.clock = clock;
	}

	String list(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("accidents", this.accidents.list(operatorId, user));
		return IncidentPages.page(this.accidents.operator(operatorId, user), base, model, "accidents/index");
	}

	String newForm(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("accidentForm", new AccidentForm());
		return form(operatorId, user, base, model, null);
	}

	String create(long operatorId, AccountPrincipal user, String base, AccidentForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.accidents.operator(operatorId, user);
		form.check(result, LocalDate.now(this.clock));
		if (!result.hasErrors()) {
			try {
				this.accidents.add(operatorId, user, form);
				redirect.addFlashAttribute("flashMessage", "flash.accident.added");
				return "redirect:" + base;
			}
			catch (UnknownChoiceException ex) {
				FormErrors.reject(result, ex.field(), "accident.choice.unknown", List.of());
			}
		}
		return form(operatorId, user, base, model, null);
	}

	String editForm(long operatorId, long accidentId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("accidentForm", this.accidents.form(operatorId, accidentId, user));
		return form(operatorId, user, base, model, accidentId);
	}

	String update(long operatorId, long accidentId, AccountPrincipal user, String base, AccidentForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.accidents.form(operatorId, accidentId, user);
		form.check(result, LocalDate.now(this.clock));
		if (!result.hasErrors()) {
			try {
				this.accidents.update(operatorId, accidentId, user, form);
				redirect.addFlashAttribute("flashMessage", "flash.accident.updated");
				return "redirect:" + base;
			}
			catch (UnknownChoiceException ex) {
				FormErrors.reject(result, ex.field(), "accident.choice.unknown", List.of());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return form(operatorId, user, base, model, accidentId);
	}

	String confirmDelete(long operatorId, long accidentId, AccountPrincipal user, String base, Model model) {
		AccidentView view = this.accidents.editable(operatorId, accidentId, user);
		Accident accident = view.accident();
		List<String> facts = new ArrayList<>();
		facts.add(Wareki.format(accident.getOccurredOn()) + "　" + accident.getPlace());
		facts.add(accident.getDescription());
		model.addAttribute("deleteTitle", "accident.delete.title");
		model.addAttribute("deleteFacts", facts);
		model.addAttribute("deleteAction", base + "/" + accidentId + "/delete");
		model.addAttribute("listTitle", "accidents.title");
		return IncidentPages.page(this.accidents.operator(operatorId, user), base, model, "incidents/delete");
	}

	String delete(long operatorId, long accidentId, AccountPrincipal user, String base, RedirectAttributes redirect) {
		this.accidents.delete(operatorId, accidentId, user);
		redirect.addFlashAttribute("flashMessage", "flash.accident.deleted");
		return "redirect:" + base;
	}

	private String form(long operatorId, AccountPrincipal user, String base, Model model, Long accidentId) {
		model.addAttribute("accidentId", accidentId);
		model.addAttribute("choices", this.accidents.choices(operatorId, user));
		return IncidentPages.page(this.accidents.operator(operatorId, user), base, model, "accidents/form");
	}

}
