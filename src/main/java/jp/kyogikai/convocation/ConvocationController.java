package jp.kyogikai.convocation;

import jakarta.validation.Valid;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 招集通知 of a meeting: the letter as a PDF (as last sent, or previewed with the form's
 * number and date) and its sending, from the panel on the meeting page.
 */
@Controller
class ConvocationController {

	private final ConvocationService convocations;

	ConvocationController(ConvocationService convocations) {
		this.convocations = convocations;
	}

	@GetMapping("/meetings/{id}/convocation.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
		return pdf(id, this.convocations.pdf(id, null, user));
	}

	/**
	 * The letter with what the form holds, checked or not: a preview only (an empty date
	 * reads as today).
	 */
	@PostMapping("/meetings/{id}/convocation/preview")
	ResponseEntity<byte[]> preview(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@ModelAttribute ConvocationForm convocationForm, BindingResult ignored) {
		return pdf(id, this.convocations.pdf(id, convocationForm, user));
	}

	@PostMapping("/meetings/{id}/convocation")
	String send(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute ConvocationForm convocationForm, BindingResult result, RedirectAttributes redirect) {
		this.convocations.convocations(id, user);
		if (result.hasErrors()) {
			return refused(id, convocationForm, "convocation.refused.form", redirect);
		}
		try {
			this.convocations.send(id, convocationForm, user);
			redirect.addFlashAttribute("flashMessage",
					convocationForm.isResend() ? "flash.convocation.resent" : "flash.convocation.sent");
		}
		catch (ConvocationRefusedException ex) {
			return refused(id, convocationForm, ex.code(), redirect);
		}
		return "redirect:/meetings/" + id;
	}

	private static String refused(long id, ConvocationForm form, String code, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashError", code);
		redirect.addFlashAttribute("convocationForm", form);
		return "redirect:/meetings/" + id;
	}

	private static ResponseEntity<byte[]> pdf(long id, byte[] body) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("convocation-" + id + ".pdf").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(body);
	}

}
