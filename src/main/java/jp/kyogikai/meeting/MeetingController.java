package jp.kyogikai.meeting;

import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
import jp.kyogikai.meeting.rule.AgendaItemKind;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.meeting.rule.Openness;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's pages of meetings and their 次第.
 */
@Controller
class MeetingController {

	private final MeetingService meetings;

	MeetingController(MeetingService meetings) {
		this.meetings = meetings;
	}

	@ModelAttribute("opennessOptions")
	Openness[] opennessOptions() {
		return Openness.values();
	}

	@ModelAttribute("kindOptions")
	AgendaItemKind[] kindOptions() {
		return AgendaItemKind.values();
	}

	@GetMapping("/councils/{councilId}/meetings")
	String list(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("council", this.meetings.council(councilId, user));
		model.addAttribute("meetings", this.meetings.meetings(councilId, user));
		return "meetings/list";
	}

	@GetMapping("/councils/{councilId}/meetings/new")
	String newMeeting(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("meetingForm", this.meetings.newForm(councilId, user));
		return form(councilId, null, user, model);
	}

	@PostMapping("/councils/{councilId}/meetings")
	String create(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute MeetingForm meetingForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.meetings.council(councilId, user);
		if (!result.hasErrors()) {
			try {
				long id = this.meetings.create(councilId, meetingForm, user);
				redirect.addFlashAttribute("flashMessage", "flash.meeting.created");
				return "redirect:/meetings/" + id;
			}
			catch (MeetingRefusedException ex) {
				result.reject(ex.code(), ex.arguments(), null);
			}
		}
		return form(councilId, null, user, model);
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("view", this.meetings.view(id, user));
		model.addAttribute("agendaItemForm", new AgendaItemForm());
		return "meetings/show";
	}

	@GetMapping(path = "/meetings/{id}.ics")
	ResponseEntity<byte[]> ics(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
		byte[] body = this.meetings.icalendar(id, user).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("meeting-" + id + ".ics").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("meetingForm", this.meetings.form(id, user));
		return form(this.meetings.meeting(id, user).getCouncilId(), id, user, model);
	}

	@PostMapping("/meetings/{id}/edit")
	String update(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute MeetingForm meetingForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Meeting meeting = this.meetings.meeting(id, user);
		if (!result.hasErrors()) {
			try {
				this.meetings.update(id, meetingForm, user);
				redirect.addFlashAttribute("flashMessage", "flash.meeting.updated");
				return "redirect:/meetings/" + id;
			}
			catch (MeetingRefusedException ex) {
				result.reject(ex.code(), ex.arguments(), null);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return form(meeting.getCouncilId(), id, user, model);
	}

	@PostMapping("/meetings/{id}/status")
	String status(@PathVariable long id, @RequestParam MeetingStatus to, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.meetings.changeStatusByHand(id, to, version, user), "flash.meeting.status");
	}

	@PostMapping("/meetings/{id}/items")
	String addItem(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute AgendaItemForm agendaItemForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.meetings.meeting(id, user);
		if (!result.hasErrors()) {
			try {
				this.meetings.addItem(id, agendaItemForm, user);
				redirect.addFlashAttribute("flashMessage", "flash.agenda.added");
				return "redirect:/meetings/" + id;
			}
			catch (MeetingRefusedException ex) {
				result.reject(ex.code(), ex.arguments(), null);
			}
		}
		model.addAttribute("view", this.meetings.view(id, user));
		return "meetings/show";
	}

	@GetMapping("/meetings/{id}/items/{itemId}/edit")
	String editItem(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		AgendaItem item = this.meetings.item(id, itemId, user);
		AgendaItemForm form = new AgendaItemForm();
		form.setVersion(item.getVersion());
		form.setKind(item.getKind());
		form.setTitle(item.getTitle());
		form.setMaterials(item.getMaterials());
		model.addAttribute("agendaItemForm", form);
		return itemForm(id, itemId, user, model);
	}

	@PostMapping("/meetings/{id}/items/{itemId}/edit")
	String updateItem(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute AgendaItemForm agendaItemForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		this.meetings.item(id, itemId, user);
		if (!result.hasErrors()) {
			try {
				this.meetings.updateItem(id, itemId, agendaItemForm, user);
				redirect.addFlashAttribute("flashMessage", "flash.agenda.updated");
				return "redirect:/meetings/" + id;
			}
			catch (MeetingRefusedException ex) {
				result.reject(ex.code(), ex.arguments(), null);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return itemForm(id, itemId, user, model);
	}

	@PostMapping("/meetings/{id}/items/{itemId}/delete")
	String deleteItem(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.meetings.deleteItem(id, itemId, user), "flash.agenda.deleted");
	}

	@PostMapping("/meetings/{id}/items/{itemId}/move")
	String moveItem(@PathVariable long id, @PathVariable long itemId, @RequestParam boolean up,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.meetings.moveItem(id, itemId, up, user), "flash.agenda.moved");
	}

	@PostMapping("/meetings/{id}/items/{itemId}/link")
	String link(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) Long applicationId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		if (applicationId == null) {
			this.meetings.item(id, itemId, user);
			redirect.addFlashAttribute("flashError", "meeting.refused.applicationUnknown");
			return "redirect:/meetings/" + id;
		}
		return act(id, redirect, () -> this.meetings.linkApplication(id, itemId, applicationId, user),
				"flash.agenda.linked");
	}

	@PostMapping("/meetings/{id}/items/{itemId}/unlink")
	String unlink(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.meetings.unlinkApplication(id, itemId, user), "flash.agenda.unlinked");
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (MeetingRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.code());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
		}
		return "redirect:/meetings/" + id;
	}

	private String form(long councilId, Long id, AccountPrincipal user, Model model) {
		model.addAttribute("council", this.meetings.council(councilId, user));
		model.addAttribute("meetingId", id);
		return "meetings/form";
	}

	private String itemForm(long id, long itemId, AccountPrincipal user, Model model) {
		model.addAttribute("meeting", this.meetings.meeting(id, user));
		model.addAttribute("itemId", itemId);
		return "meetings/item-form";
	}

}
