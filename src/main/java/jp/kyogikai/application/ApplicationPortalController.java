package jp.kyogikai.application;

import java.util.Locale;

import jakarta.validation.Valid;
import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.AttachmentKind;
import jp.kyogikai.application.rule.ChangeItem;
import jp.kyogikai.file.FileRejectedException;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An operator's own applications: the list, a new draft (with whether a 変更登録 is
 * deliberated or only notified), editing while 下書き or 差戻し, the documents, and 提出, 再提出 and
 * 取下げ.
 */
@Controller
@RequestMapping("/operator-portal/applications")
class ApplicationPortalController {

	static final String BASE = "/operator-portal/applications";

	private final ApplicationService applications;

	private final ApplicationPages pages;

	private final ApplicationTexts texts;

	private final MessageSource messages;

	ApplicationPortalController(ApplicationService applications, ApplicationPages pages, ApplicationTexts texts,
			MessageSource messages) {
		this.applications = applications;
		this.pages = pages;
		this.texts = texts;
		this.messages = messages;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("applications", this.applications.own(user));
		return "applications/portal-index";
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		ApplicationForm form = ApplicationForm.blank(ApplicationType.FARE_CHANGE);
		model.addAttribute("applicationForm", form);
		return form(null, model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute ApplicationForm applicationForm, BindingResult result,
			@RequestParam(required = false) String classify, Model model, RedirectAttributes redirect) {
		if (classify != null) {
			return classified(applicationForm, null, model);
		}
		applicationForm.check(result);
		if (result.hasErrors()) {
			return form(null, model);
		}
		long id = this.applications.create(user, applicationForm);
		redirect.addFlashAttribute("flashMessage", "flash.application.created");
		return "redirect:" + BASE + "/" + id;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.show(id, user, BASE, model);
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model,
			RedirectAttributes redirect) {
		try {
			model.addAttribute("applicationForm", this.applications.form(id, user));
		}
		catch (ApplicationRefusedException ex) {
			redirect.addFlashAttribute("flashErrorText", this.texts.text(ex.code(), ex.arguments()));
			return "redirect:" + BASE + "/" + id;
		}
		return form(id, user, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute ApplicationForm applicationForm, BindingResult result,
			@RequestParam(required = false) String classify, Model model, RedirectAttributes redirect) {
		ApplicationView view = this.applications.view(id, user);
		applicationForm.setType(view.application().getType());
		if (classify != null) {
			model.addAttribute("view", view);
			return classified(applicationForm, id, model);
		}
		applicationForm.check(result);
		if (!result.hasErrors()) {
			try {
				this.applications.update(id, user, applicationForm);
				redirect.addFlashAttribute("flashMessage", "flash.application.updated");
				return "redirect:" + BASE + "/" + id;
			}
			catch (ApplicationRefusedException ex) {
				redirect.addFlashAttribute("flashErrorText", this.texts.text(ex.code(), ex.arguments()));
				return "redirect:" + BASE + "/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("application.stale");
			}
		}
		return form(id, user, model);
	}

	@PostMapping("/{id}/attachments")
	String upload(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(required = false) AttachmentKind kind, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) {
		try {
			AttachmentFile stored = this.applications.attach(id, user, kind, file);
			redirect.addFlashAttribute("flashMessageText", this.texts.plain("flash.application.attached",
					stored.attachment().getKind(), stored.attachment().getVersionNumber()));
			return "redirect:" + BASE + "/" + id + "#attachments";
		}
		catch (FileRejectedException ex) {
			model.addAttribute("uploadError",
					this.messages.getMessage(ex.code(), ex.arguments().toArray(), ex.code(), Locale.JAPAN));
		}
		catch (ApplicationRefusedException ex) {
			model.addAttribute("uploadError", this.texts.text(ex.code(), ex.arguments()));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("uploadError", this.messages.getMessage("application.stale", null, Locale.JAPAN));
		}
		model.addAttribute("uploadKind", kind);
		return this.pages.show(id, user, BASE, model);
	}

	@GetMapping("/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal AccountPrincipal user) {
		return this.pages.download(id, attachmentId, user);
	}

	@PostMapping("/{id}/actions")
	String act(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam ApplicationAction action, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String comment, RedirectAttributes redirect) {
		return this.pages.act(id, user, BASE, action, version, comment, redirect);
	}

	private String classified(ApplicationForm form, Long id, Model model) {
		model.addAttribute("applicationForm", form);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "applicationForm",
				new BeanPropertyBindingResult(form, "applicationForm"));
		if (form.getType() == ApplicationType.CHANGE && form.classification() == null) {
			model.addAttribute("classificationMissing", true);
		}
		return form(id, model);
	}

	private String form(long id, AccountPrincipal user, Model model) {
		model.addAttribute("view", this.applications.view(id, user));
		return form(id, model);
	}

	private String form(Long id, Model model) {
		ApplicationForm form = (ApplicationForm) model.getAttribute("applicationForm");
		model.addAttribute("applicationId", id);
		model.addAttribute("types", ApplicationType.values());
		model.addAttribute("changeItems", ChangeItem.values());
		model.addAttribute("classification",
				(form != null) ? this.applications.classificationText(form.classification()) : null);
		model.addAttribute("base", BASE);
		return "applications/form";
	}

}
