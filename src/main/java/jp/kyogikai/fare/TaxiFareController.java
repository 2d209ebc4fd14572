package jp.kyogikai.fare;

import jakarta.validation.Valid;
import jp.kyogikai.application.rule.ApplicationViolation;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.security.Role;
import jp.kyogikai.web.FormErrors;

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
 * Staff's pages of the local taxi fare: SECRETARIAT keeps its municipality's, ADMIN any.
 */
@Controller
@RequestMapping("/fares/taxi")
class TaxiFareController {

	private final FareService fares;

	TaxiFareController(FareService fares) {
		this.fares = fares;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		if (user.is(Role.SECRETARIAT) && user.municipalityId() != null) {
			return "redirect:/fares/taxi/" + user.municipalityId();
		}
		model.addAttribute("overview", this.fares.taxiFaresOverview(user));
		return "fares/taxi-index";
	}

	@GetMapping("/{municipalityId}")
	String show(@PathVariable long municipalityId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("taxiFareForm", new TaxiFareForm());
		return list(municipalityId, user, model);
	}

	@PostMapping("/{municipalityId}")
	String add(@PathVariable long municipalityId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute TaxiFareForm taxiFareForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.fares.taxiFares(municipalityId, user);
		if (!result.hasErrors()) {
			try {
				this.fares.addTaxiFare(municipalityId, taxiFareForm.toFare(), taxiFareForm.getEffectiveFrom(),
						taxiFareForm.getNote(), user);
				redirect.addFlashAttribute("flashMessage", "flash.taxiFare.added");
				return "redirect:/fares/taxi/" + municipalityId;
			}
			catch (FareRejectedException ex) {
				reject(result, ex);
			}
		}
		return list(municipalityId, user, model);
	}

	@GetMapping("/{municipalityId}/{fareId}/edit")
	String edit(@PathVariable long municipalityId, @PathVariable long fareId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("taxiFareForm", TaxiFareForm.of(this.fares.taxiFareEntry(municipalityId, fareId, user)));
		return form(municipalityId, fareId, user, model);
	}

	@PostMapping("/{municipalityId}/{fareId}/edit")
	String update(@PathVariable long municipalityId, @PathVariable long fareId,
			@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute TaxiFareForm taxiFareForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.fares.taxiFareEntry(municipalityId, fareId, user);
		if (!result.hasErrors()) {
			try {
				this.fares.updateTaxiFare(municipalityId, fareId, taxiFareForm.getVersion(), taxiFareForm.toFare(),
						taxiFareForm.getEffectiveFrom(), taxiFareForm.getNote(), user);
				redirect.addFlashAttribute("flashMessage", "flash.taxiFare.updated");
				return "redirect:/fares/taxi/" + municipalityId;
			}
			catch (FareRejectedException ex) {
				reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return form(municipalityId, fareId, user, model);
	}

	private static void reject(BindingResult result, FareRejectedException ex) {
		for (ApplicationViolation violation : ex.violations()) {
			FormErrors.reject(result, violation.field(), violation.code(), violation.arguments());
		}
	}

	private String list(long municipalityId, AccountPrincipal user, Model model) {
		model.addAttribute("fares", this.fares.taxiFares(municipalityId, user));
		return "fares/taxi";
	}

	private String form(long municipalityId, long fareId, AccountPrincipal user, Model model) {
		model.addAttribute("fares", this.fares.taxiFares(municipalityId, user));
		model.addAttribute("fareId", fareId);
		return "fares/taxi-form";
	}

}
