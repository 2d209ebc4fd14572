package jp.kyogikai.application;

import java.util.Locale;

import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.application.rule.IllegalTransitionException;
import jp.kyogikai.file.FileDownloads;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The application pages shared by staff ({@code /applications}) and the operator portal
 * ({@code /operator-portal/applications}); {@code base} is the list's URL.
 */
@Component
class ApplicationPages {

	private final ApplicationService applications;

	private final ApplicationTexts texts;

	private final MessageSource messages;

	ApplicationPages(ApplicationService applications, ApplicationTexts texts, MessageSource messages) {
		this.applications = applications;
		this.texts = texts;
		this.messages = messages;
	}

	String show(long id, AccountPrincipal user, String base, Model model) {
		ApplicationView view = this.applications.view(id, user);
		model.addAttribute("view", view);
		model.addAttribute("fares", this.applications.fares(view.application(), user));
		model.addAttribute("base", base);
		model.addAttribute("staffView", isStaff(base));
		model.addAttribute("fileLimit", this.applications.fileLimit());
		return "applications/show";
	}

	/**
	 * Takes a step and goes back to the application's page: with the step's message, or
	 * with the reason it was refused (nothing changed then).
	 */
	String act(long id, AccountPrincipal user, String base, ApplicationAction action, long version, String comment,
			RedirectAttributes redirect) {
		try {
			ApplicationStatus status = this.applications.act(id, user, action, version, comment);
			redirect.addFlashAttribute("flashMessageText", this.texts.plain("flash.application.step", action, status));
		}
		catch (IllegalTransitionException ex) {
			redirect.addFlashAttribute("flashErrorText", this.texts.text(ex.code(), ex.arguments()));
		}
		catch (ApplicationRefusedException ex) {
			redirect.addFlashAttribute("flashErrorText", this.texts.text(ex.code(), ex.arguments()));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashErrorText",
					this.messages.getMessage("application.stale", null, Locale.JAPAN));
		}
		return "redirect:" + base + "/" + id;
	}

	ResponseEntity<byte[]> download(long id, long attachmentId, AccountPrincipal user) {
		return FileDownloads.attachment(this.applications.attachment(id, attachmentId, user));
	}

	static boolean isStaff(String base) {
		return base.startsWith("/applications");
	}

}
