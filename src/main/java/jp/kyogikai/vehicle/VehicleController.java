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
 * Staff's pages for an operator's vehicles, with each vehicle's history.
 */
@Controller
@RequestMapping("/operators/{id}/vehicles")
class VehicleController {

	private final VehiclePages pages;

	private final VehicleService vehicles;

	VehicleController(VehiclePages pages, VehicleService vehicles) {
		this.pages = pages;
		this.vehicles = vehicles;
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

	@PostMapping("/{vehicleId}/use-agreement")
	String uploadUseAgreement(@PathVariable long id, @PathVariable long vehicleId,
			@AuthenticationPrincipal AccountPrincipal user, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
		return this.pages.uploadUseAgreement(id, vehicleId, user, base(id), version, file, model, redirect);
	}

	@GetMapping("/{vehicleId}/use-agreement")
	ResponseEntity<byte[]> useAgreement(@PathVariable long id, @PathVariable long vehicleId,
			@AuthenticationPrincipal AccountPrincipal user) {
		return this.pages.useAgreement(id, vehicleId, null, user);
	}

	@GetMapping("/{vehicleId}/use-agreement/{fileId}")
	ResponseEntity<byte[]> useAgreementFile(@PathVariable long id, @PathVariable long vehicleId,
			@PathVariable long fileId, @AuthenticationPrincipal AccountPrincipal user) {
		return this.pages.useAgreement(id, vehicleId, fileId, user);
	}

	@GetMapping("/{vehicleId}/history")
	String history(@PathVariable long id, @PathVariable long vehicleId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		model.addAttribute("history", this.vehicles.history(id, vehicleId, user));
		model.addAttribute("detail", this.vehicles.operator(id, user));
		return "vehicles/history";
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
