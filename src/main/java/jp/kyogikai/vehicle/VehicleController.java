package jp.kyogikai.vehicle;

import java.io.IOException;

import jakarta.validation.Valid;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's pages for an operator's vehicles.
 */
@Controller
@RequestMapping("/operators/{id}/vehicles")
class VehicleController {

	private final VehiclePages pages;

	VehicleController(VehiclePages pages) {
		this.pages = pages;
	}

	@GetMapping
	String index(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.list(id, user, base(id), model);
	}

	@GetMapping("/new")
	String newForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.newForm(id, user, base(id), model);
	}

	@PostMapping("/new")
	String create(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute VehicleForm vehicleForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.create(id, user, base(id), vehicleForm, result, model, redirect);
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user) {
		return this.pages.export(id, user);
	}

	@GetMapping("/import")
	String importForm(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.importForm(id, user, base(id), model);
	}

	@PostMapping("/import")
	String importCsv(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		return this.pages.importCsv(id, user, base(id), file, model, redirect);
	}

	@GetMapping("/{vehicleId}/edit")
	String edit(@PathVariable long id, @PathVariable long vehicleId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		return this.pages.editForm(id, vehicleId, user, base(id), model);
	}

	@PostMapping("/{vehicleId}/edit")
	String update(@PathVariable long id, @PathVariable long vehicleId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute VehicleForm vehicleForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.update(id, vehicleId, user, base(id), vehicleForm, result, model, redirect);
	}

	@PostMapping("/{vehicleId}/delete")
	String delete(@PathVariable long id, @PathVariable long vehicleId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return this.pages.delete(id, vehicleId, user, base(id), redirect);
	}

	private static String base(long id) {
		return "/operators/" + id + "/vehicles";
	}

}
