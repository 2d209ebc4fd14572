package jp.kyogikai.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.ApplicationStatus;
import jp.kyogikai.application.rule.ApplicationType;
import jp.kyogikai.application.rule.ApplicationViolation;
import jp.kyogikai.application.rule.CorrectionRequest;
import jp.kyogikai.application.rule.FieldComment;
import jp.kyogikai.application.rule.IllegalTransitionException;
import jp.kyogikai.security.AccountPrincipal;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The secretariat's applications: the list with its filters and counts, each
 * application's page with its documents and timeline, 受付, the agenda steps and 差戻し with
 * comments per field.
 */
@Controller
@RequestMapping("/applications")
class ApplicationController {

	static final String BASE = "/applications";

	private final ApplicationService applications;

	private final ApplicationPages pages;

	private final ApplicationTexts texts;

	ApplicationController(ApplicationService applications, ApplicationPages pages, ApplicationTexts texts) {
		this.applications = applications;
		this.pages = pages;
		this.texts = texts;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(required = false) ApplicationStatus status, @RequestParam(required = false) Long operatorId,
			@RequestParam(required = false) ApplicationType type, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ApplicationFilter filter = new ApplicationFilter(status, operatorId, type);
		model.addAttribute("list", this.applications.list(user, filter, page));
		model.addAttribute("filter", filter);
		model.addAttribute("statuses",
				java.util.Arrays.stream(ApplicationStatus.values())
					.filter((s) -> s != ApplicationStatus.DRAFT)
					.toList());
		model.addAttribute("types", ApplicationType.values());
		return "applications/index";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
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

	@GetMapping("/{id}/return")
	String returnForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		ApplicationView view = this.applications.view(id, user);
		ReturnForm form = new ReturnForm();
		form.setVersion(view.application().getVersion());
		model.addAttribute("returnForm", form);
		return returnPage(view, model);
	}

	@PostMapping("/{id}/return")
	String returnForCorrection(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@ModelAttribute ReturnForm returnForm, BindingResult result, Model model, RedirectAttributes redirect) {
		ApplicationView view = this.applications.view(id, user);
		List<FieldComment> comments = comments(view, returnForm, result);
		if (!result.hasErrors()) {
			try {
				this.applications.returnForCorrection(id, user, returnForm.getVersion(), comments);
				redirect.addFlashAttribute("flashMessageText", this.texts.plain("flash.application.step",
						ApplicationAction.RETURN, ApplicationStatus.RETURNED));
				return "redirect:" + BASE + "/" + id;
			}
			catch (IllegalTransitionException ex) {
				result.reject(ex.code(), readable(ex.arguments()), ex.code());
			}
			catch (ApplicationRefusedException ex) {
				result.reject(ex.code(), readable(ex.arguments()), ex.code());
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("application.stale");
			}
		}
		return returnPage(view, model);
	}

	/**
	 * The comments of the filled rows, each checked: a field of this application, not
	 * named twice, with a comment of at most the maximum length; at least one.
	 */
	private List<FieldComment> comments(ApplicationView view, ReturnForm form, BindingResult result) {
		Set<String> keys = view.commentFields().stream().map(CommentField::key).collect(Collectors.toSet());
		List<FieldComment> comments = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < form.getRows().size(); i++) {
			ReturnForm.Row row = form.getRows().get(i);
			if (row.isEmpty()) {
				continue;
			}
			String field = (row.getField() != null) ? row.getField().strip() : "";
			if (!keys.contains(field)) {
				result.rejectValue("rows[" + i + "].field", "application.return.field.unknown",
						new Object[] { "", i + 1 }, null);
			}
			comments.add(new FieldComment(field, row.getComment()));
			rows.add(i);
		}
		for (ApplicationViolation violation : new CorrectionRequest(comments).violations()) {
			String path = violation.field();
			if (!path.startsWith("comments[")) {
				result.reject(violation.code(), readable(violation.arguments()), violation.code());
				continue;
			}
			int index = Integer.parseInt(path.substring("comments[".length(), path.indexOf(']')));
			int row = rows.get(index);
			List<Object> arguments = new ArrayList<>(violation.arguments());
			arguments.set(0, row + 1);
			result.rejectValue("rows[" + row + "]" + path.substring(path.indexOf(']') + 1), violation.code(),
					readable(arguments), null);
		}
		return comments;
	}

	private Object[] readable(List<?> arguments) {
		List<Object> all = new ArrayList<>();
		all.add("");
		arguments.forEach((argument) -> all.add(this.texts.label(argument)));
		return all.toArray();
	}

	private String returnPage(ApplicationView view, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("base", BASE);
		model.addAttribute("maxCommentLength", CorrectionRequest.MAX_COMMENT_LENGTH);
		model.addAttribute("returnable",
				view.actions().contains(ApplicationAction.RETURN) ? Boolean.TRUE : Boolean.FALSE);
		return "applications/return";
	}

}
