package jp.kyogikai.minutes;

import java.util.List;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A council's rules for its minutes: how many 議事録署名人, and which names the published
 * minutes mask.
 */
@Controller
class MinutesPolicyController {

	private final MinutesPolicyService policies;

	MinutesPolicyController(MinutesPolicyService policies) {
		this.policies = policies;
	}

	@GetMapping("/councils/{id}/minutes-policy")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("council", this.policies.council(id, user));
		model.addAttribute("policy", this.policies.policy(id, user));
		return "minutes/policy";
	}

	@PostMapping("/councils/{id}/minutes-policy")
	String save(@PathVariable long id, @RequestParam(defaultValue = "0") String signerCount,
			@RequestParam(defaultValue = "false") boolean maskPrivateNames,
			@RequestParam(defaultValue = "false") boolean maskWitnesses,
			@RequestParam(required = false) List<Long> privateCategoryIds, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			this.policies.save(id, user, MinutesPolicyService.count(signerCount), maskPrivateNames, maskWitnesses,
					(privateCategoryIds != null) ? privateCategoryIds : List.of(), version);
			redirect.addFlashAttribute("flashMessage", "flash.minutes.policy");
		}
		catch (MinutesRefusedException ex) {
			redirect.addFlashAttribute("flashErrorText", ex.getMessage());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
		}
		return "redirect:/councils/" + id + "/minutes-policy";
	}

}
