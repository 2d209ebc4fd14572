package jp.kyogikai.voting;

import java.time.LocalDate;
import java.util.Locale;

import jp.kyogikai.application.rule.DecisionOutcome;
import jp.kyogikai.csv.ExcelCsv;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff page of one 協議事項 at the meeting, reached from the live screen: recusals,
 * explanation and questions, the decision and its corrections; and the meeting's
 * decisions as CSV.
 */
@Controller
class ItemDecisionController {

	private final ItemDecisionService decisions;

	private final MessageSource messages;

	ItemDecisionController(ItemDecisionService decisions, MessageSource messages) {
		this.decisions = decisions;
		this.messages = messages;
	}

	@GetMapping("/meetings/{id}/live/items/{itemId}")
	String show(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		return page(id, itemId, user, model, new DecideForm(), false);
	}

	private String page(long id, long itemId, AccountPrincipal user, Model model, DecideForm form,
			boolean castingNeeded) {
		model.addAttribute("page", this.decisions.page(id, itemId, user));
		model.addAttribute("form", form);
		model.addAttribute("castingNeeded", castingNeeded);
		return "live/item";
	}

	@PostMapping("/meetings/{id}/live/items/{itemId}/recusals")
	String recuse(@PathVariable long id, @PathVariable long itemId, @RequestParam long memberId,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return change(id, itemId, redirect, () -> this.decisions.recuse(id, itemId, memberId, reason, user));
	}

	@PostMapping("/meetings/{id}/live/items/{itemId}/recusals/{memberId}/withdraw")
	String withdraw(@PathVariable long id, @PathVariable long itemId, @PathVariable long memberId,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return change(id, itemId, redirect, () -> this.decisions.withdraw(id, itemId, memberId, reason, user));
	}

	@PostMapping("/meetings/{id}/live/items/{itemId}/record")
	String write(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String explanation,
			@RequestParam(required = false) String questions, @RequestParam(required = false) Long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return change(id, itemId, redirect,
				() -> this.decisions.write(id, itemId, explanation, questions, version, user));
	}

	@PostMapping("/meetings/{id}/live/items/{itemId}/decide")
	String decide(@PathVariable long id, @PathVariable long itemId, @ModelAttribute("form") DecideForm form,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		try {
			this.decisions.decide(id, itemId, form, user);
		}
		catch (LiveMeetingRefusedException ex) {
			// the page again with what staff entered, so that no vote is lost
			model.addAttribute("flashErrorText", ex.getMessage());
			return page(id, itemId, user, model, form, "decision.refused.castingVote".equals(ex.code()));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
		}
		return "redirect:/meetings/" + id + "/live/items/" + itemId;
	}

	@PostMapping("/meetings/{id}/live/items/{itemId}/correct")
	String correct(@PathVariable long id, @PathVariable long itemId,
			@RequestParam(required = false) DecisionOutcome outcome, @RequestParam(required = false) String conditions,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return change(id, itemId, redirect,
				() -> this.decisions.correct(id, itemId, outcome, conditions, reason, user));
	}

	@GetMapping("/meetings/{id}/decisions.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
		byte[] body = DecisionCsv.export(this.decisions.decided(id, user), this::label);
		return ExcelCsv.download("decisions", String.valueOf(id), LocalDate.now(), body);
	}

	private String label(Object value) {
		return this.messages.getMessage("enum." + value.getClass().getSimpleName() + "." + value, null,
				value.toString(), Locale.JAPAN);
	}

	private static String change(long id, long itemId, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (LiveMeetingRefusedException ex) {
			redirect.addFlashAttribute("flashErrorText", ex.getMessage());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
		}
		return "redirect:/meetings/" + id + "/live/items/" + itemId;
	}

}
