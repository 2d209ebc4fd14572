package jp.kyogikai.writtendeliberation;

import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's 書面協議: the list, a deliberation's page with the question, the application's
 * PDF and the reply (賛成 / 反対 with a comment) until the deadline. A deliberation whose
 * request did not go to the member is a 404, for every POST as well.
 */
@Controller
@RequestMapping("/member-portal/written-deliberations")
class WrittenDeliberationPortalController {

	private final WrittenDeliberationService service;

	WrittenDeliberationPortalController(WrittenDeliberationService service) {
		this.service = service;
	}

	@GetMapping
	String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("lines", this.service.forMember(user));
		return "written-deliberations/portal-list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		MemberPage page = this.service.memberPage(id, user);
		model.addAttribute("page", page);
		model.addAttribute("voteForm", VoteForm.of(page.line().vote()));
		return "written-deliberations/portal-show";
	}

	@PostMapping("/{id}/vote")
	String vote(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute VoteForm voteForm, BindingResult result, Model model, RedirectAttributes redirect) {
		this.service.memberPage(id, user);
		if (!result.hasErrors()) {
			try {
				this.service.vote(id, user, voteForm);
				redirect.addFlashAttribute("flashMessage", "flash.written.voted");
				return "redirect:/member-portal/written-deliberations/" + id;
			}
			catch (WrittenDeliberationRefusedException ex) {
				if (ex.field() == null) {
					// the deadline passed, the member is recused, it is closed: the page
					// offers no form any more, so the reason goes with the page
					redirect.addFlashAttribute("flashError", ex.code());
					return "redirect:/member-portal/written-deliberations/" + id;
				}
				WrittenDeliberationController.reject(result, ex);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("written.stale");
			}
		}
		model.addAttribute("page", this.service.memberPage(id, user));
		return "written-deliberations/portal-show";
	}

	@GetMapping("/{id}/application.pdf")
	ResponseEntity<byte[]> application(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
		byte[] pdf = this.service.applicationPdf(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(pdf.length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("協議申請書.pdf", StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(pdf);
	}

}
