package jp.kyogikai.attendance;

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
 * Staff recording a member's reply given by phone or fax. The replies themselves are a
 * panel of the meeting's page ({@code attendance/_replies.html}).
 */
@Controller
@RequestMapping("/meetings/{meetingId}/replies/{memberId}")
class StaffReplyController {

	private final AttendanceService attendance;

	StaffReplyController(AttendanceService attendance) {
		this.attendance = attendance;
	}

	@GetMapping
	String form(@PathVariable long meetingId, @PathVariable long memberId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		StaffReplies replies = this.attendance.replies(meetingId, user);
		StaffReplies.Row row = this.attendance.row(replies, memberId);
		model.addAttribute("replyForm", ReplyForm.of(row.reply()));
		return form(replies, row, model);
	}

	@PostMapping
	String record(@PathVariable long meetingId, @PathVariable long memberId,
			@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute ReplyForm replyForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		StaffReplies replies = this.attendance.replies(meetingId, user);
		StaffReplies.Row row = this.attendance.row(replies, memberId);
		if (!result.hasErrors()) {
			try {
				this.attendance.recordFor(meetingId, memberId, user, replyForm);
				redirect.addFlashAttribute("flashMessage", "flash.attendance.recorded");
				return "redirect:/meetings/" + meetingId + "#replies-heading";
			}
			catch (AttendanceRefusedException ex) {
				MemberMeetingController.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return form(replies, row, model);
	}

	private String form(StaffReplies replies, StaffReplies.Row row, Model model) {
		model.addAttribute("replies", replies);
		model.addAttribute("row", row);
		return "attendance/staff-form";
	}

}
