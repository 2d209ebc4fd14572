package jp.kyogikai.attendance;

import jakarta.validation.Valid;
import jp.kyogikai.material.MaterialService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's meetings: the list, a meeting's page with the 次第, the attendance reply and
 * the member's private notes. A meeting the member may not see is a 404, for every POST
 * as well.
 */
@Controller
@RequestMapping("/member-portal/meetings")
class MemberMeetingController {

	private final AttendanceService attendance;

	private final MaterialService materials;

	MemberMeetingController(AttendanceService attendance, MaterialService materials) {
		this.attendance = attendance;
		this.materials = materials;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("meetings", this.attendance.meetings(user));
		return "attendance/portal-list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		MemberMeetingPage page = this.attendance.page(id, user);
		model.addAttribute("page", page);
		model.addAttribute("materials", this.materials.forMember(id, user));
		model.addAttribute("replyForm", ReplyForm.of(page.meeting().reply()));
		return "attendance/portal-show";
	}

	@PostMapping("/{id}/reply")
	String reply(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute ReplyForm replyForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.attendance.page(id, user);
		if (!result.hasErrors()) {
			try {
				this.attendance.reply(id, user, replyForm);
				redirect.addFlashAttribute("flashMessage", "flash.attendance.replied");
				return "redirect:/member-portal/meetings/" + id;
			}
			catch (AttendanceRefusedException ex) {
				reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("attendance.stale");
			}
		}
		model.addAttribute("page", this.attendance.page(id, user));
		model.addAttribute("materials", this.materials.forMember(id, user));
		return "attendance/portal-show";
	}

	@PostMapping("/{id}/notes/{itemId}")
	String note(@PathVariable long id, @PathVariable long itemId, @RequestParam(defaultValue = "") String text,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			this.attendance.saveNote(id, itemId, user, text);
			redirect.addFlashAttribute("flashMessage", "flash.attendance.noteSaved");
		}
		catch (AttendanceRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.code());
		}
		return "redirect:/member-portal/meetings/" + id + "#item-" + itemId;
	}

	static void reject(BindingResult result, AttendanceRefusedException ex) {
		if (ex.field() != null) {
			result.rejectValue(ex.field(), ex.code());
		}
		else {
			result.reject(ex.code());
		}
	}

}
