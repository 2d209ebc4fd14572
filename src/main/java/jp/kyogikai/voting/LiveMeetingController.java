package jp.kyogikai.voting;

import java.time.LocalTime;

import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff's live screen of a meeting: attendance, non-members, observers, opening and
 * closing, who presides (a 座長 while an election of the 会長 and 副会長 is under way) and the
 * links to the election and decision pages. Every change is a POST that comes back to the
 * screen, at the line it changed.
 */
@Controller
@RequestMapping("/meetings/{id}/live")
class LiveMeetingController {

	private final LiveMeetingService live;

	private final ElectionService elections;

	LiveMeetingController(LiveMeetingService live, ElectionService elections) {
		this.live = live;
		this.elections = elections;
	}

	@GetMapping
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("page", this.live.page(id, user));
		model.addAttribute("elections", this.elections.live(id, user));
		model.addAttribute("attendeeKinds", AttendeeKind.values());
		return "live/show";
	}

	@PostMapping("/members/{memberId}/attendance")
	String mark(@PathVariable long id, @PathVariable long memberId,
			@RequestParam(required = false) Attendance attendance, @RequestParam(required = false) String proxyName,
			@RequestParam long version, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return change(id, "#member-" + memberId, redirect,
				() -> this.live.mark(id, memberId, user, attendance, proxyName, version));
	}

	@PostMapping("/members/{memberId}/arrival")
	String arrive(@PathVariable long id, @PathVariable long memberId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
			@RequestParam long version, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return change(id, "#member-" + memberId, redirect, () -> this.live.arrive(id, memberId, user, time, version));
	}

	@PostMapping("/members/{memberId}/departure")
	String leave(@PathVariable long id, @PathVariable long memberId,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
			@RequestParam long version, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return change(id, "#member-" + memberId, redirect, () -> this.live.leave(id, memberId, user, time, version));
	}

	@PostMapping("/members/{memberId}/return")
	String returnToSeat(@PathVariable long id, @PathVariable long memberId, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return change(id, "#member-" + memberId, redirect, () -> this.live.returnToSeat(id, memberId, user, version));
	}

	@PostMapping("/attendees")
	String addAttendee(@PathVariable long id, @RequestParam(required = false) AttendeeKind kind,
			@RequestParam(required = false) String name, @RequestParam(required = false) String affiliation,
			@RequestParam(required = false) Long agendaItemId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return change(id, "#attendees-heading", redirect,
				() -> this.live.addAttendee(id, user, kind, name, affiliation, agendaItemId));
	}

	@PostMapping("/attendees/{attendeeId}/delete")
	String removeAttendee(@PathVariable long id, @PathVariable long attendeeId, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return change(id, "#attendees-heading", redirect,
				() -> this.live.removeAttendee(id, attendeeId, user, version));
	}

	@PostMapping("/observers")
	String observers(@PathVariable long id, @RequestParam int delta, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return change(id, "#observers", redirect, () -> this.live.observers(id, user, delta, version));
	}

	@PostMapping("/open")
	String open(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
			@RequestParam long version, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return change(id, "", redirect, () -> this.live.open(id, user, time, version));
	}

	@PostMapping("/close")
	String close(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime time,
			@RequestParam long version, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return change(id, "", redirect, () -> this.live.close(id, user, time, version));
	}

	private static String change(long id, String anchor, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
		}
		catch (LiveMeetingRefusedException ex) {
			redirect.addFlashAttribute("flashErrorText", ex.getMessage());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
		}
		return "redirect:/meetings/" + id + "/live" + anchor;
	}

}
