package jp.kyogikai.minutes;

import jp.kyogikai.material.MaterialDownloads;
import jp.kyogikai.material.MaterialFile;
import jp.kyogikai.material.MaterialRefusedException;
import jp.kyogikai.material.MaterialService;
import jp.kyogikai.security.AccountPrincipal;

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
 * The staff pages of a meeting's minutes: the draft from the record, editing, finalising,
 * publishing, corrections (訂正) of final minutes, the PDFs and a preview of the public
 * version.
 */
@Controller
class MinutesController {

	private final MinutesService minutes;

	private final MinutesCorrectionService corrections;

	private final MaterialService materials;

	MinutesController(MinutesService minutes, MinutesCorrectionService corrections, MaterialService materials) {
		this.minutes = minutes;
		this.corrections = corrections;
		this.materials = materials;
	}

	@GetMapping("/meetings/{id}/minutes")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return page(id, user, model, null);
	}

	private String page(long id, AccountPrincipal user, Model model, MinutesForm entered) {
		return page(id, user, model, entered, null);
	}

	private String page(long id, AccountPrincipal user, Model model, MinutesForm entered,
			MinutesCorrectionForm correction) {
		MinutesPage page = this.minutes.page(id, user);
		model.addAttribute("page", page);
		// what staff typed, unless the sections no longer match the stored ones
		boolean keep = entered != null && page.editable() && entered.getSections().size() == page.kinds().size();
		model.addAttribute("form", keep ? entered : page.form());
		if (page.minutes() != null && page.minutes().isFinal()) {
			model.addAttribute("text", this.minutes.text(id, user, false));
			model.addAttribute("corrections", this.corrections.panel(id, user));
			// what staff typed in the correction that was refused
			model.addAttribute("correction", correction);
		}
		if (page.minutes() != null && !page.minutes().isPublished()) {
			model.addAttribute("materials", this.materials.materials(id, user));
		}
		return "minutes/edit";
	}

	@PostMapping("/meetings/{id}/minutes/draft")
	String draft(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.minutes.draft(id, user), "flash.minutes.drafted");
	}

	@PostMapping("/meetings/{id}/minutes/redraft")
	String redraft(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.minutes.redraft(id, version, user), "flash.minutes.drafted");
	}

	@PostMapping("/meetings/{id}/minutes")
	String save(@PathVariable long id, @ModelAttribute("form") MinutesForm form,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		try {
			this.minutes.save(id, form, user);
		}
		catch (MinutesRefusedException ex) {
			// the page again with what staff wrote, so that nothing typed is lost
			model.addAttribute("flashErrorText", ex.getMessage());
			return page(id, user, model, form);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
			return "redirect:/meetings/" + id + "/minutes";
		}
		redirect.addFlashAttribute("flashMessage", "flash.minutes.saved");
		return "redirect:/meetings/" + id + "/minutes";
	}

	@PostMapping("/meetings/{id}/minutes/finalise")
	String finalise(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.minutes.finalise(id, version, user), "flash.minutes.finalised");
	}

	@PostMapping("/meetings/{id}/minutes/publish")
	String publish(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.minutes.publish(id, version, user), "flash.minutes.published");
	}

	@PostMapping("/meetings/{id}/minutes/corrections")
	String correct(@PathVariable long id, @ModelAttribute("correction") MinutesCorrectionForm correction,
			@AuthenticationPrincipal AccountPrincipal user, Model model, RedirectAttributes redirect) {
		try {
			this.corrections.correct(id, correction, user);
		}
		catch (MinutesRefusedException ex) {
			model.addAttribute("flashErrorText", ex.getMessage());
			return page(id, user, model, null, correction);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
			return "redirect:/meetings/" + id + "/minutes";
		}
		redirect.addFlashAttribute("flashMessage", "flash.minutes.corrected");
		return "redirect:/meetings/" + id + "/minutes";
	}

	@GetMapping("/meetings/{id}/minutes/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId,
			@AuthenticationPrincipal AccountPrincipal user) {
		MinutesFile file = this.corrections.file(id, fileId, user);
		return MaterialDownloads.inline(new MaterialFile(file.fileName(), "application/pdf", file.content()));
	}

	@PostMapping("/meetings/{id}/minutes/materials/{materialId}/confidential")
	String confidential(@PathVariable long id, @PathVariable long materialId, @RequestParam boolean confidential,
			@RequestParam long version, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			this.materials.confidential(id, materialId, confidential, version, user);
			redirect.addFlashAttribute("flashMessage", "flash.minutes.material");
		}
		catch (MaterialRefusedException ex) {
			redirect.addFlashAttribute("flashError", ex.code());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
		}
		return "redirect:/meetings/" + id + "/minutes";
	}

	@GetMapping("/meetings/{id}/minutes.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
		MinutesFile file = this.minutes.pdf(id, user);
		return MaterialDownloads.inline(new MaterialFile(file.fileName(), "application/pdf", file.content()));
	}

	@GetMapping("/meetings/{id}/minutes/public-preview")
	String preview(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("text", this.minutes.text(id, user, true));
		model.addAttribute("meetingId", id);
		return "minutes/preview";
	}

	private static String act(long id, RedirectAttributes redirect, Runnable action, String done) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (MinutesRefusedException ex) {
			redirect.addFlashAttribute("flashErrorText", ex.getMessage());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
		}
		return "redirect:/meetings/" + id + "/minutes";
	}

}
