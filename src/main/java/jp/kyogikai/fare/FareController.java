package jp.kyogikai.fare;

import jakarta.validation.Valid;
import jp.kyogikai.application.rule.ApplicationViolation;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.web.FormErrors;

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
 * Staff's page of an operator's fares: the current agreed fares, their history, the
 * comparison with the taxi fare, and the form to record fares agreed before the system.
 */
@Controller
@RequestMapping("/operators/{id}/fares")
class FareController {

	private final FareService fares;

	FareController(FareService fares) {
		this.fares = fares;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		this.fares.staffOperator(id, user);
		AgreedFareForm form = new AgreedFareForm();
		this.fares.current(id).ifPresent((current) -> form.setSchedule(FareScheduleForm.of(current.schedule())));
		model.addAttribute("agreedFareForm", form);
		return page(id, user, model);
	}

	@PostMapping
	String agree(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute AgreedFareForm agreedFareForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.fares.staffOperator(id, user);
		agreedFareForm.getSchedule().check(result, "schedule");
		if (!result.hasErrors()) {
			try {
				this.fares.agree(id, agreedFareForm.getSchedule().toSchedule(), agreedFareForm.getEffectiveFrom(),
						agreedFareForm.getAgreedOn(), null, user);
				redirect.addFlashAttribute("flashMessage", "flash.fare.agreed");
				return "redirect:/operators/" + id + "/fares";
			}
			catch (FareRejectedException ex) {
				for (ApplicationViolation violation : ex.violations()) {
					FormErrors.reject(result, violation.field(), violation.code(), violation.arguments());
				}
			}
		}
		return page(id, user, model);
	}

	private String page(long id, AccountPrincipal user, Model model) {
		OperatorDetail detail = this.fares.staffOperator(id, user);
		model.addAttribute("detail", detail);
		model.addAttribute("history", this.fares.history(id, user));
		model.addAttribute("comparison", this.fares.comparison(id, null, user));
		model.addAttribute("taxiFare", this.fares.taxiFare(detail.operator().getMunicipalityId()).orElse(null));
		Object form = model.getAttribute("agreedFareForm");
		if (form instanceof AgreedFareForm agreedFareForm) {
			agreedFareForm.getSchedule().withBlankRows();
		}
		return "fares/operator";
	}

}
