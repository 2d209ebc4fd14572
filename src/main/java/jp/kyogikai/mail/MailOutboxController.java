package jp.kyogikai.mail;

import jp.kyogikai.security.AccountPrincipal;

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
 * The outbox page (メール送信履歴): what was queued, sent or given up, and each mail's text.
 * Without an SMTP server this is where mail can be read.
 */
@Controller
@RequestMapping("/mail-outbox")
class MailOutboxController {

	private final OutboxPages pages;

	private final MailOutboxProperties properties;

	MailOutboxController(OutboxPages pages, MailOutboxProperties properties) {
		this.pages = pages;
		this.properties = properties;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user, @RequestParam(required = false) MailStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("mails", this.pages.list(user, status, page));
		model.addAttribute("status", status);
		model.addAttribute("statuses", MailStatus.values());
		model.addAttribute("maxAttempts", this.properties.maxAttempts());
		return "mail/index";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("mail", this.pages.detail(id, user));
		model.addAttribute("maxAttempts", this.properties.maxAttempts());
		return "mail/show";
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		try {
			this.pages.retry(id, version, user);
			redirect.addFlashAttribute("flashMessage", "flash.mail.retried");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "mail.retry.stale");
		}
		catch (OutboxPages.NotFailedException ex) {
			redirect.addFlashAttribute("flashError", "mail.retry.notFailed");
		}
		return "redirect:/mail-outbox/" + id;
	}

}
