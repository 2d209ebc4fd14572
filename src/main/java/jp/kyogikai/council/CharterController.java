package jp.kyogikai.council;

import jakarta.validation.Valid;
import jp.kyogikai.council.rule.DecisionBase;
import jp.kyogikai.council.rule.DecisionRule;
import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.council.rule.QuorumRule;
import jp.kyogikai.council.rule.TieBreak;
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
 * The charter's settings: edit with validation, and the history of every change.
 */
@Controller
@RequestMapping("/councils/{councilId}/charter")
class CharterController {

	private final CouncilService councils;

	CharterController(CouncilService councils) {
		this.councils = councils;
	}

	@ModelAttribute
	void options(Model model) {
		model.addAttribute("quorumRules", QuorumRule.values());
		model.addAttribute("decisionRules", DecisionRule.values());
		model.addAttribute("decisionBases", DecisionBase.values());
		model.addAttribute("tieBreaks", TieBreak.values());
		model.addAttribute("proxyPolicies", ProxyPolicy.values());
	}

	@GetMapping("/edit")
	String edit(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("charterForm", CharterForm.of(this.councils.charter(councilId, user)));
		return "charter/form";
	}

	@PostMapping
	String update(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute CharterForm charterForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Council council = this.councils.council(councilId, user);
		charterForm.check(result);
		if (!result.hasErrors()) {
			try {
				this.councils.updateCharter(councilId, user, charterForm.getVersion(), charterForm.toSettings(),
						charterForm.getText(), charterForm.getAmendedOn());
				redirect.addFlashAttribute("flashMessage", "flash.charter.updated");
				return "redirect:/councils/" + councilId;
			}
			catch (CouncilChangeRejectedException ex) {
				ex.applyTo(result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		model.addAttribute("council", council);
		return "charter/form";
	}

	@GetMapping("/history")
	String history(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("changes", this.councils.charterHistory(councilId, user));
		return "charter/history";
	}

}
