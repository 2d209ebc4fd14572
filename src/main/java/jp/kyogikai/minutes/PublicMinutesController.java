package jp.kyogikai.minutes;

import jp.kyogikai.material.MaterialDownloads;
import jp.kyogikai.material.MaterialFile;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public pages of published minutes, without signing in.
 */
@Controller
class PublicMinutesController {

	private final PublicMinutesService minutes;

	PublicMinutesController(PublicMinutesService minutes) {
		this.minutes = minutes;
	}

	@GetMapping("/public/municipalities/{code}/minutes")
	String list(@PathVariable String code, Model model) {
		model.addAttribute("list", this.minutes.list(code));
		model.addAttribute("code", code);
		return "minutes/public-list";
	}

	@GetMapping("/public/minutes/{meetingId}")
	String show(@PathVariable long meetingId, Model model) {
		model.addAttribute("page", this.minutes.page(meetingId));
		return "minutes/public";
	}

	@GetMapping("/public/minutes/{meetingId}/minutes.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long meetingId) {
		MinutesFile file = this.minutes.pdf(meetingId);
		return MaterialDownloads.inline(new MaterialFile(file.fileName(), "application/pdf", file.content()));
	}

	@GetMapping("/public/minutes/{meetingId}/materials/{materialId}")
	ResponseEntity<byte[]> material(@PathVariable long meetingId, @PathVariable long materialId) {
		return MaterialDownloads.inline(this.minutes.material(meetingId, materialId));
	}

}
