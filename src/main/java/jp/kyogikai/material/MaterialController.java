package jp.kyogikai.material;

import java.util.Locale;

import jp.kyogikai.file.FileRejectedException;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's handling of a meeting's materials, from the 資料 section of the meeting's page,
 * and the downloads of each material and of the agenda packet.
 */
@Controller
class MaterialController {

	private final MaterialService materials;

	private final MessageSource messages;

	MaterialController(MaterialService materials, MessageSource messages) {
		this.materials = materials;
		this.messages = messages;
	}

	@GetMapping("/meetings/{id}/packet.pdf")
	ResponseEntity<byte[]> packet(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
		return MaterialDownloads.inline(this.materials.packet(id, user));
	}

	@GetMapping("/meetings/{id}/materials/{materialId}")
	ResponseEntity<byte[]> material(@PathVariable long id, @PathVariable long materialId,
			@AuthenticationPrincipal AccountPrincipal user) {
		return MaterialDownloads.inline(this.materials.material(id, materialId, user));
	}

	@PostMapping("/meetings/{id}/materials")
	String add(@PathVariable long id, @ModelAttribute MaterialForm form, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> this.materials.add(id, form, user), "flash.material.added");
	}

	@PostMapping("/meetings/{id}/materials/application")
	String addApplication(@PathVariable long id, @RequestParam long itemId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.materials.addApplication(id, itemId, user), "flash.material.added");
	}

	@PostMapping("/meetings/{id}/materials/upload")
	String upload(@PathVariable long id, @RequestParam(required = false) Long agendaItemId,
			@RequestParam(required = false) String title, @RequestParam(defaultValue = "false") boolean confidential,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		try {
			this.materials.upload(id, agendaItemId, title, confidential, file, user);
			redirect.addFlashAttribute("flashMessage", "flash.material.uploaded");
		}
		catch (FileRejectedException ex) {
			redirect.addFlashAttribute("flashErrorText",
					this.messages.getMessage(ex.code(), ex.arguments().toArray(), ex.code(), Locale.JAPAN));
		}
		catch (MaterialRefusedException ex) {
			redirect.addFlashAttribute("flashErrorText",
					this.messages.getMessage(ex.code(), ex.arguments(), ex.code(), Locale.JAPAN));
		}
		return back(id);
	}

	@PostMapping("/meetings/{id}/materials/{materialId}/edit")
	String update(@PathVariable long id, @PathVariable long materialId, @ModelAttribute MaterialForm form,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.materials.update(id, materialId, form, user), "flash.material.updated");
	}

	@PostMapping("/meetings/{id}/materials/{materialId}/move")
	String move(@PathVariable long id, @PathVariable long materialId, @RequestParam boolean up,
			@RequestParam long version, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.materials.move(id, materialId, up, version, user), "flash.material.moved");
	}

	@PostMapping("/meetings/{id}/materials/{materialId}/delete")
	String delete(@PathVariable long id, @PathVariable long materialId, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return act(id, redirect, () -> this.materials.delete(id, materialId, version, user), "flash.material.deleted");
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
		try {
			action.run();
			redirect.addFlashAttribute("flashMessage", done);
		}
		catch (MaterialRefusedException ex) {
			redirect.addFlashAttribute("flashErrorText",
					this.messages.getMessage(ex.code(), ex.arguments(), ex.code(), Locale.JAPAN));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
		}
		return back(id);
	}

	private static String back(long id) {
		return "redirect:/meetings/" + id + "#materials";
	}

}
