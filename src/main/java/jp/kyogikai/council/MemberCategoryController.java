package jp.kyogikai.council;

import jakarta.validation.Valid;
import jp.kyogikai.security.AccountPrincipal;

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
 * The council's member categories (選出区分): list, add, edit, reorder, delete, history.
 */
@Controller
@RequestMapping("/councils/{councilId}/categories")
class MemberCategoryController {

	private final CouncilService councils;

	MemberCategoryController(CouncilService councils) {
		this.councils = councils;
	}

	@GetMapping
	String index(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		model.addAttribute("categoryForm", new CategoryForm());
		return index(councilId, user, model, "categories/index");
	}

	@PostMapping
	String add(@PathVariable long councilId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute CategoryForm categoryForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.councils.addCategory(councilId, user, categoryForm.getName(), categoryForm.getCap());
				redirect.addFlashAttribute("flashMessage", "flash.category.added");
				return "redirect:/councils/" + councilId + "/categories";
			}
			catch (CouncilChangeRejectedException ex) {
				ex.applyTo(result);
			}
		}
		return index(councilId, user, model, "categories/index");
	}

	@GetMapping("/{categoryId}/edit")
	String edit(@PathVariable long councilId, @PathVariable long categoryId,
			@AuthenticationPrincipal AccountPrincipal user, Model model) {
		MemberCategory category = find(councilId, categoryId, user);
		CategoryForm form = new CategoryForm();
		form.setName(category.getName());
		form.setCap(category.getCap());
		form.setVersion(category.getVersion());
		model.addAttribute("categoryForm", form);
		model.addAttribute("category", category);
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("changes", this.councils.categoryHistory(councilId, categoryId, user));
		return "categories/form";
	}

	@PostMapping("/{categoryId}")
	String update(@PathVariable long councilId, @PathVariable long categoryId,
			@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute CategoryForm categoryForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		MemberCategory category = find(councilId, categoryId, user);
		if (!result.hasErrors()) {
			try {
				this.councils.updateCategory(councilId, categoryId, user, categoryForm.getVersion(),
						categoryForm.getName(), categoryForm.getCap());
				redirect.addFlashAttribute("flashMessage", "flash.category.updated");
				return "redirect:/councils/" + councilId + "/categories";
			}
			catch (CouncilChangeRejectedException ex) {
				ex.applyTo(result);
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		model.addAttribute("category", category);
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("changes", this.councils.categoryHistory(councilId, categoryId, user));
		return "categories/form";
	}

	@PostMapping("/{categoryId}/move")
	String move(@PathVariable long councilId, @PathVariable long categoryId, @RequestParam String direction,
			@AuthenticationPrincipal AccountPrincipal user) {
		this.councils.moveCategory(councilId, categoryId, user, "up".equals(direction));
		return "redirect:/councils/" + councilId + "/categories";
	}

	@PostMapping("/{categoryId}/delete")
	String delete(@PathVariable long councilId, @PathVariable long categoryId, @RequestParam long version,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		try {
			this.councils.deleteCategory(councilId, categoryId, user, version);
			redirect.addFlashAttribute("flashMessage", "flash.category.deleted");
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", "stale");
		}
		return "redirect:/councils/" + councilId + "/categories";
	}

	private MemberCategory find(long councilId, long categoryId, AccountPrincipal user) {
		return this.councils.categories(councilId, user)
			.stream()
			.filter((c) -> c.getId() == categoryId)
			.findFirst()
			.orElseThrow(() -> new CouncilNotFoundException(councilId));
	}

	private String index(long councilId, AccountPrincipal user, Model model, String view) {
		model.addAttribute("council", this.councils.council(councilId, user));
		model.addAttribute("charter", this.councils.charter(councilId, user));
		model.addAttribute("categories", this.councils.categories(councilId, user));
		return view;
	}

}
