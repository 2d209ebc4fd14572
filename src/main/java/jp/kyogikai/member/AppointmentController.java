package jp.kyogikai.member;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import jp.kyogikai.council.CouncilService;
import jp.kyogikai.operator.OperatorService;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
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
 * What happens to an appointment: an early end, a reappointment, a substitute, an
 * election to 会長 or 副会長.
 */
@Controller
@RequestMapping("/councils/{councilId}/appointments/{appointmentId}")
class AppointmentController {

	private final MemberService members;

	private final CouncilService councils;

	private final OperatorService operators;

	private final MessageSource messages;

	AppointmentController(MemberService members, CouncilService councils, OperatorService operators,
			MessageSource messages) {
		this.members = members;
		this.councils = councils;
		this.operators = operators;
		this.messages = messages;
	}

	@GetMapping("/end")
	String endForm(@PathVariable long councilId, @PathVariable long appointmentId,
			@AuthenticationPrincipal AccountPrincipal user, @RequestParam long memberId, Model model) {
		EndForm form = new EndForm();
		form.setLastDay(this.members.today());
		model.addAttribute("endForm", form);
		return endPage(councilId, appointmentId, memberId, user, model);
	}

	@PostMapping("/end")
	String end(@PathVariable long councilId, @PathVariable long appointmentId,
			@AuthenticationPrincipal AccountPrincipal user, @RequestParam long memberId,
			@Valid @ModelAttribute EndForm endForm, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.members.end(councilId, appointmentId, user, endForm.getVersion(), endForm.getLastDay(),
						endForm.getReason());
				redirect.addFlashAttribute("flashMessage", "flash.appointment.ended");
				return "redirect:/councils/" + councilId + "/members/" + memberId;
			}
			catch (MemberChangeRejectedException ex) {
				ex.applyTo(result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return endPage(councilId, appointmentId, memberId, user, model);
	}

	@GetMapping("/edit")
	String editForm(@PathVariable long councilId, @PathVariable long appointmentId,
			@AuthenticationPrincipal AccountPrincipal user, @RequestParam long memberId, Model model) {
		RosterEntry entry = this.members.appointmentEntry(councilId, appointmentId, user);
		AppointmentForm form = new AppointmentForm();
		form.setCategoryId(this.members.appointmentCategory(councilId, appointmentId, user));
		form.setStart(entry.start());
		form.setEnd(this.members.appointedEnd(councilId, appointmentId, user));
		form.setVersion(this.members.appointmentVersion(councilId, appointmentId, user));
		model.addAttribute("appointmentForm", form);
		return editPage(councilId, appointmentId, memberId, user, model);
	}

	@PostMapping("/edit")
	String edit(@PathVariable long councilId, @PathVariable long appointmentId,
			@AuthenticationPrincipal AccountPrincipal user, @RequestParam long memberId,
			@Valid @ModelAttribute AppointmentForm appointmentForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.members.correct(councilId, appointmentId, user, appointmentForm.getVersion(),
						appointmentForm.getCategoryId(), appointmentForm.getStart(), appointmentForm.getEnd());
				redirect.addFlashAttribute("flashMessage", "flash.appointment.corrected");
				return "redirect:/councils/" + councilId + "/members/" + memberId;
			}
			catch (MemberChangeRejectedException ex) {
				ex.applyTo(result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return editPage(councilId, appointmentId, memberId, user, model);
	}

	@PostMapping("/reappoint")
	String reappoint(@PathVariable long councilId, @PathVariable long appointmentId,
			@AuthenticationPrincipal AccountPrincipal user, @RequestParam long memberId, RedirectAttributes redirect) {
		try {
			this.members.reappoint(councilId, appointmentId, user);
			redirect.addFlashAttribute("flashMessage", "flash.appointment.reappointed");
		}
		catch (MemberChangeRejectedException ex) {
			redirect.addFlashAttribute("flashErrorText", ex.text(this.messages));
		}
		return "redirect:/councils/" + councilId + "/members/" + memberId;
	}

	@PostMapping("/elect")
	String elect(@PathVariable long councilId, @PathVariable long appointmentId,
			@AuthenticationPrincipal AccountPrincipal user, @RequestParam long memberId, @RequestParam OfficerRole role,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since, RedirectAttributes redirect) {
		try {
			this.members.elect(councilId, appointmentId, user, role, since);
			redirect.addFlashAttribute("flashMessage", "flash.appointment.elected");
		}
		catch (MemberChangeRejectedException ex) {
			redirect.addFlashAttribute("flashErrorText", ex.text(this.messages));
		}
		return "redirect:/councils/" + councilId + "/members/" + memberId;
	}

	@GetMapping("/substitute")
	String substituteForm(@PathVariable long councilId, @PathVariable long appointmentId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		PersonForm form = new PersonForm();
		form.setStart(this.members.today());
		model.addAttribute("personForm", form);
		return substitutePage(councilId, appointmentId, user, model);
	}

	@PostMapping("/substitute")
	String substitute(@PathVariable long councilId, @PathVariable long appointmentId,
			@AuthenticationPrincipal AccountPrincipal user,
			@Validated({ Default.class }) @ModelAttribute PersonForm personForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (personForm.getStart() == null) {
			result.rejectValue("start", "NotNull", new Object[] { "start" }, "NotNull");
		}
		if (!result.hasErrors()) {
			try {
				Appointment appointment = this.members.appointSubstitute(councilId, appointmentId, user,
						personForm.toPerson(), personForm.getStart());
				redirect.addFlashAttribute("flashMessage", "flash.member.appointed");
				return "redirect:/councils/" + councilId + "/members/" + appointment.getMember().getId();
			}
			catch (MemberChangeRejectedException ex) {
				ex.applyTo(result);
			}
		}
		return substitutePage(councilId, appointmentId, user, model);
	}

	private String endPage(long councilId, long appointmentId, long memberId, AccountPrincipal user, Model model) {
		MemberDetail detail = this.members.member(councilId, memberId, user);
		RosterEntry entry = detail.appointments()
			.stream()
			.filter((a) -> a.appointmentId() == appointmentId)
			.findFirst()
			.orElseThrow(() -> new MemberNotFoundException(appointmentId));
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("detail", detail);
		model.addAttribute("entry", entry);
		model.addAttribute("appointmentVersion", this.members.appointmentVersion(councilId, appointmentId, user));
		return "members/end";
	}

	private String editPage(long councilId, long appointmentId, long memberId, AccountPrincipal user, Model model) {
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("detail", this.members.member(councilId, memberId, user));
		model.addAttribute("entry", this.members.appointmentEntry(councilId, appointmentId, user));
		model.addAttribute("categories", this.councils.rulesOf(councilId, user).categories());
		return "members/appointment";
	}

	private String substitutePage(long councilId, long appointmentId, AccountPrincipal user, Model model) {
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("predecessor", this.members.appointmentEntry(councilId, appointmentId, user));
		model.addAttribute("operators", this.operators.operatorsFor(user));
		return "members/substitute";
	}

}
