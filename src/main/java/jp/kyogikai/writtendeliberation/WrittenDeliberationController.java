package jp.kyogikai.writtendeliberation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jp.kyogikai.Kyogikai;
import jp.kyogikai.csv.ExcelCsv;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.voting.rule.Decision;
import jp.kyogikai.voting.rule.Vote;

import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff pages of a council's 書面協議: the list, a new one for a received application,
 * and a deliberation's page (the question, recusals, sending, the replies, the result,
 * closing, extending, cancelling, replies by post). A refused POST comes back to the page
 * with the reason and changes nothing.
 */
@Controller
@RequestMapping("/councils/{councilId}/written-deliberations")
class WrittenDeliberationController {

	private final WrittenDeliberationService service;

	WrittenDeliberationController(WrittenDeliberationService service) {
		this.service = service;
	}

	@GetMapping
	String list(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("deliberations", this.service.list(councilId, user));
		model.addAttribute("council", this.service.council(councilId, user));
		return "written-deliberations/list";
	}

	@GetMapping("/new")
	String newForm(@PathVariable long councilId, @RequestParam(required = false) Long applicationId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		WrittenDeliberationForm form = new WrittenDeliberationForm();
		form.setApplicationId(applicationId);
		form.setDeadlineDate(LocalDate.now(Kyogikai.ZONE).plusDays(14));
		form.setQuestion("標記の申請について、協議が調ったものとして承認することに賛成か反対かを御回答ください。");
		return newPage(councilId, form, user, model);
	}

	private String newPage(long councilId, WrittenDeliberationForm form, AccountPrincipal user, Model model) {
		model.addAttribute("council", this.service.council(councilId, user));
		model.addAttribute("applications", this.service.eligibleApplications(councilId, user));
		model.addAttribute("form", form);
		return "written-deliberations/new";
	}

	@PostMapping
	String create(@PathVariable long councilId, @Valid @ModelAttribute("form") WrittenDeliberationForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		this.service.council(councilId, user);
		if (!result.hasErrors()) {
			try {
				long id = this.service.create(councilId, form, user);
				redirect.addFlashAttribute("flashMessage", "flash.written.created");
				return "redirect:/councils/" + councilId + "/written-deliberations/" + id;
			}
			catch (WrittenDeliberationRefusedException ex) {
				reject(result, ex);
			}
		}
		model.addAttribute("council", this.service.council(councilId, user));
		model.addAttribute("applications", this.service.eligibleApplications(councilId, user));
		return "written-deliberations/new";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long councilId, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		StaffPage page = page(councilId, id, user);
		model.addAttribute("page", page);
		model.addAttribute("form", editForm(page.deliberation()));
		return "written-deliberations/show";
	}

	@PostMapping("/{id}")
	String update(@PathVariable long councilId, @PathVariable long id,
			@Valid @ModelAttribute("form") WrittenDeliberationForm form, BindingResult result,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		page(councilId, id, user);
		if (!result.hasErrors()) {
			try {
				this.service.update(id, form, user);
				redirect.addFlashAttribute("flashMessage", "flash.written.updated");
				return back(councilId, id);
			}
			catch (WrittenDeliberationRefusedException ex) {
				reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("written.stale");
			}
		}
		model.addAttribute("page", page(councilId, id, user));
		return "written-deliberations/show";
	}

	@PostMapping("/{id}/recusals")
	String recuse(@PathVariable long councilId, @PathVariable long id, @RequestParam long memberId,
			@RequestParam(defaultValue = "") String reason, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		page(councilId, id, user);
		return act(councilId, id, redirect, "flash.written.recused",
				() -> this.service.recuse(id, memberId, reason, user));
	}

	@PostMapping("/{id}/recusals/{memberId}/delete")
	String unrecuse(@PathVariable long councilId, @PathVariable long id, @PathVariable long memberId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		page(councilId, id, user);
		return act(councilId, id, redirect, "flash.written.unrecused", () -> this.service.unrecuse(id, memberId, user));
	}

	@PostMapping("/{id}/send")
	String send(@PathVariable long councilId, @PathVariable long id, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		page(councilId, id, user);
		return act(councilId, id, redirect, "flash.written.sent", () -> this.service.send(id, version, user));
	}

	@PostMapping("/{id}/extend")
	String extend(@PathVariable long councilId, @PathVariable long id,
			@ModelAttribute("extend") WrittenDeliberationForm form, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		page(councilId, id, user);
		return act(councilId, id, redirect, "flash.written.extended", () -> this.service.extend(id, form, user));
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable long councilId, @PathVariable long id, @Valid @ModelAttribute("close") CloseForm form,
			BindingResult result, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		page(councilId, id, user);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError", "written.refused.conditionsLength");
			return back(councilId, id);
		}
		return act(councilId, id, redirect, "flash.written.closed", () -> this.service.close(id, form, user));
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long councilId, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			@RequestParam long version, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		page(councilId, id, user);
		return act(councilId, id, redirect, "flash.written.cancelled",
				() -> this.service.cancel(id, reason, version, user));
	}

	@PostMapping("/{id}/replies/{memberId}")
	String recordFor(@PathVariable long councilId, @PathVariable long id, @PathVariable long memberId,
			@ModelAttribute VoteForm form, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		page(councilId, id, user);
		return act(councilId, id, redirect, "flash.written.recorded",
				() -> this.service.recordFor(id, memberId, form, user));
	}

	@GetMapping("/{id}/result.csv")
	ResponseEntity<byte[]> csv(@PathVariable long councilId, @PathVariable long id,
			@AuthenticationPrincipal AccountPrincipal user) {
		StaffPage page = page(councilId, id, user);
		List<List<?>> rows = new ArrayList<>();
		for (StaffRow row : page.rows()) {
			WrittenRecipient r = row.recipient();
			String office = row.chair() ? "会長" : (row.viceChair() ? "副会長" : "");
			String reply = (row.vote() != null) ? voteLabel(row.vote().getVote()) : (row.recused() ? "" : "未回答");
			String counted = "";
			if (r != null && r.getEntitled() != null) {
				counted = Boolean.TRUE.equals(r.getEntitled()) ? voteLabel(r.getCountedVote()) : "数えない";
			}
			rows.add(List.of(row.name(), office, row.recused() ? "除斥：" + row.recusalReason() : "", reply,
					(row.vote() != null && row.vote().getComment() != null) ? row.vote().getComment() : "",
					(row.vote() != null) ? LocalDateTime.ofInstant(row.vote().getRepliedAt(), Kyogikai.ZONE)
						.toString()
						.replace('T', ' ') : "",
					counted));
		}
		WrittenDeliberation d = page.deliberation();
		Decision result = page.result();
		if (d.getStatus() == WrittenDeliberationStatus.CLOSED) {
			rows.add(List.of());
			rows.add(List.of("結果", voteLabel(Vote.FOR) + d.getInFavour(), voteLabel(Vote.AGAINST) + d.getAgainst(),
					"回答" + d.getQuorumCounted() + "／定足数" + d.getQuorumRequired(), "", "", ""));
		}
		else if (result != null) {
			rows.add(List.of());
			rows.add(List.of("現時点", voteLabel(Vote.FOR) + result.inFavour(), voteLabel(Vote.AGAINST) + result.against(),
					"回答" + result.quorum().counted() + "／定足数" + result.quorum().required(), "", "", ""));
		}
		byte[] content = ExcelCsv.write(List.of("氏名", "役職", "除斥", "回答", "意見", "回答日時", "表決に数えた票"), rows);
		return ExcelCsv.download("written-deliberation-" + id, page.council().getName(), LocalDate.now(Kyogikai.ZONE),
				content);
	}

	static String voteLabel(Vote vote) {
		if (vote == null) {
			return "";
		}
		return switch (vote) {
			case FOR -> "賛成";
			case AGAINST -> "反対";
			case ABSTAIN -> "棄権";
		};
	}

	private StaffPage page(long councilId, long id, AccountPrincipal user) {
		StaffPage page = this.service.page(id, user);
		if (page.deliberation().getCouncilId() != councilId) {
			throw new WrittenDeliberationNotFoundException(id);
		}
		return page;
	}

	private static WrittenDeliberationForm editForm(WrittenDeliberation deliberation) {
		WrittenDeliberationForm form = new WrittenDeliberationForm();
		form.setApplicationId(deliberation.getApplicationId());
		form.setTitle(deliberation.getTitle());
		form.setQuestion(deliberation.getQuestion());
		LocalDateTime deadline = LocalDateTime.ofInstant(deliberation.getDeadline(), Kyogikai.ZONE);
		form.setDeadlineDate(deadline.toLocalDate());
		form.setDeadlineTime(deadline.toLocalTime());
		form.setVersion(deliberation.getVersion());
		return form;
	}

	private String act(long councilId, long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (WrittenDeliberationRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.code());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "written.stale");
		}
		return back(councilId, id);
	}

	private static String back(long councilId, long id) {
		return "redirect:/councils/" + councilId + "/written-deliberations/" + id;
	}

	static void reject(BindingResult result, WrittenDeliberationRefusedException ex) {
		if (ex.field() != null) {
			result.rejectValue(ex.field(), ex.code());
		}
		else {
			result.reject(ex.code());
		}
	}

}
