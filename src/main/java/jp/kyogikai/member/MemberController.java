package jp.kyogikai.member;

import java.time.LocalDate;

import jakarta.validation.groups.Default;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roster (委員名簿) at any date, appointing a new member, a member's page and details.
 */
@Controller
@RequestMapping("/councils/{councilId}/members")
class MemberController {

	private final MemberService members;

	private final CouncilService councils;

	private final OperatorService operators;

	MemberController(MemberService members, CouncilService councils, OperatorService operators) {
		this.members = members;
		this.councils = councils;
		this.operators = operators;
	}

	@GetMapping
	String roster(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate day = (date != null) ? date : this.members.today();
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("roster", this.members.roster(councilId, user, day));
		model.addAttribute("today", day.equals(this.members.today()));
		return "members/index";
	}

	@GetMapping("/new")
	String newMember(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		PersonForm form = new PersonForm();
		form.setStart(this.members.today());
		model.addAttribute("personForm", form);
		return form(councilId, user, model, "members/new");
	}

	@PostMapping
	String create(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user,
			@Validated({ Default.class, PersonForm.Appointing.class }) @ModelAttribute PersonForm personForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				Appointment appointment = this.members.appoint(councilId, user, personForm.toPerson(),
						personForm.getCategoryId(), personForm.getStart(), personForm.getEnd());
				redirect.addFlashAttribute("flashMessage", "flash.member.appointed");
				return "redirect:/councils/" + councilId + "/members/" + appointment.getMember().getId();
			}
			catch (MemberChangeRejectedException ex) {
				ex.applyTo(result);
			}
		}
		return form(councilId, user, model, "members/new");
	}

	@GetMapping("/{memberId}")
	String show(@PathVariable long councilId, @PathVariable long memberId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("detail", this.members.member(councilId, memberId, user));
		model.addAttribute("officerRoles", OfficerRole.values());
		model.addAttribute("changes", this.members.history(councilId, memberId, user));
		return "members/show";
	}

	@GetMapping("/{memberId}/edit")
	String edit(@PathVariable long councilId, @PathVariable long memberId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		MemberDetail detail = this.members.member(councilId, memberId, user);
		model.addAttribute("personForm", PersonForm.of(detail.member()));
		model.addAttribute("detail", detail);
		return form(councilId, user, model, "members/edit");
	}

	@PostMapping("/{memberId}")
	String update(@PathVariable long councilId, @PathVariable long memberId,
			@AuthenticationPrincipal AccountPrincipal user, @Validated @ModelAttribute PersonForm personForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		MemberDetail detail = this.members.member(councilId, memberId, user);
		if (!result.hasErrors()) {
			try {
				this.members.updatePerson(councilId, memberId, user, personForm.getVersion(), personForm.toPerson());
				redirect.addFlashAttribute("flashMessage", "flash.member.updated");
				return "redirect:/councils/" + councilId + "/members/" + memberId;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		model.addAttribute("detail", detail);
		return form(councilId, user, model, "members/edit");
	}

	private String form(long councilId, AccountPrincipal user, Model model, String view) {
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("categories", this.councils.rulesOf(councilId, user).categories());
		model.addAttribute("operators", this.operators.operatorsFor(user));
		return view;
	}

}
