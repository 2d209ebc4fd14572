package jp.kyogikai.council;

import jakarta.validation.Valid;
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
 * The councils a secretariat runs: the list, one council's overview, and its basic
 * details.
 */
@Controller
@RequestMapping("/councils")
class CouncilController {

	private final CouncilService councils;

	CouncilController(CouncilService councils) {
		this.councils = councils;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("councilTypes", CouncilType.values());
		model.addAttribute("transportKinds", TransportKind.values());
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("councils", this.councils.councilsFor(user));
		return "councils/index";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("council", this.councils.council(id, user));
		model.addAttribute("charter", this.councils.charter(id, user));
		model.addAttribute("categories", this.councils.categories(id, user));
		return "councils/show";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		Council council = this.councils.council(id, user);
		model.addAttribute("council", council);
		model.addAttribute("councilForm", CouncilForm.of(council));
		return "councils/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute CouncilForm councilForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Council council = this.councils.council(id, user);
		if (!result.hasErrors()) {
			try {
				this.councils.updateCouncil(id, user, councilForm.getVersion(), councilForm.getName(),
						councilForm.getType(), councilForm.getSecretariatDepartment(), councilForm.getTransportKinds());
				redirect.addFlashAttribute("flashMessage", "flash.council.updated");
				return "redirect:/councils/" + id;
			}
			catch (CouncilChangeRejectedException ex) {
				ex.applyTo(result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		model.addAttribute("council", council);
		return "councils/form";
	}

}
