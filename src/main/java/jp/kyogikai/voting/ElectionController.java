package jp.kyogikai.voting;

import java.util.Locale;

import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff page of an election item (会長・副会長の互選) at the meeting, reached from the live
 * screen: who presides and which offices it elects, and each office's nomination and
 * decision.
 */
@Controller
@RequestMapping("/meetings/{id}/live/elections/{itemId}")
class ElectionController {

	private final ElectionService elections;

	private final MessageSource messages;

	ElectionController(ElectionService elections, MessageSource messages) {
		this.elections = elections;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		return page(id, itemId, user, model, new ElectForm(), false);
	}

	private String page(long id, long itemId, AccountPrincipal user, Model model, ElectForm form,
			boolean castingNeeded) {
		model.addAttribute("page", this.elections.page(id, itemId, user));
		model.addAttribute("form", form);
		model.addAttribute("castingNeeded", castingNeeded);
		return "live/election";
	}

	@PostMapping("/setup")
	String setUp(@PathVariable long id, @PathVariable long itemId, @ModelAttribute ElectionSetupForm form,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			this.elections.setUp(id, itemId, form, user);
			redirect.addFlashAttribute("flashMessage", "election.flash.setUp");
		}
		catch (LiveMeetingRefusedException ex) {
			redirect.addFlashAttribute("flashErrorText", ex.getMessage());
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// another staff user changed the item (or recorded the same office) at the
			// same time
			redirect.addFlashAttribute("flashError", "stale");
		}
		return "redirect:/meetings/" + id + "/live/elections/" + itemId;
	}

	@PostMapping("/elect")
	String elect(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("form") ElectForm form,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		try {
			ElectionResult result = this.elections.elect(id, itemId, form, user);
			redirect.addFlashAttribute("flashMessageText",
					this.messages.getMessage(
							result.isElected() ? "election.flash.elected" : "election.flash.notElected",
							new Object[] { label(result), result.getMemberName() }, Locale.JAPANESE));
		}
		catch (LiveMeetingRefusedException ex) {
			// the page again with what staff entered, so that no vote is lost
			model.addAttribute("flashErrorText", ex.getMessage());
			return page(id, itemId, user, model, form, "decision.refused.castingVote".equals(ex.code()));
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException ex) {
			// another staff user changed the item (or recorded the same office) at the
			// same time
			redirect.addFlashAttribute("flashError", "stale");
		}
		return "redirect:/meetings/" + id + "/live/elections/" + itemId;
	}

	private String label(ElectionResult result) {
		return this.messages.getMessage("enum.OfficerRole." + result.getRole().name(), null, Locale.JAPANESE);
	}

}
