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
 * An OPERATOR user's pages for its own operator's vehicles.
 */
@Controller
@RequestMapping("/operator-portal/vehicles")
class VehiclePortalController {

	private static final String BASE = "/operator-portal/vehicles";

	private final VehiclePages pages;

	VehiclePortalController(VehiclePages pages) {
		this.pages = pages;
	}

	@GetMapping
	String index(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.list(own(user), user, BASE, model);
	}

	@GetMapping("/new")
	String newForm(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.newForm(own(user), user, BASE, model);
	}

	@PostMapping("/new")
	String create(@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute VehicleForm vehicleForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return this.pages.create(own(user), user, BASE, vehicleForm, result, model, redirect);
	}

	@GetMapping("/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountPrincipal user) {
		return this.pages.export(own(user), user);
	}

	@GetMapping("/import")
	String importForm(@AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.importForm(own(user), user, BASE, model);
	}

	@PostMapping("/import")
	String importCsv(@AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
			throws IOException {
		return this.pages.importCsv(own(user), user, BASE, file, model, redirect);
	}

	@GetMapping("/{vehicleId}/edit")
	String edit(@PathVariable long vehicleId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.editForm(own(user), vehicleId, user, BASE, model);
	}

	@PostMapping("/{vehicleId}/edit")
	String update(@PathVariable long vehicleId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute VehicleForm vehicleForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.update(own(user), vehicleId, user, BASE, vehicleForm, result, model, redirect);
	}

	@PostMapping("/{vehicleId}/use-agreement")
	String uploadUseAgreement(@PathVariable long vehicleId, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) MultipartFile file,
			Model model, RedirectAttributes redirect) {
		return this.pages.uploadUseAgreement(own(user), vehicleId, user, BASE, version, file, model, redirect);
	}

	@GetMapping("/{vehicleId}/use-agreement")
	ResponseEntity<byte[]> useAgreement(@PathVariable long vehicleId, @AuthenticationPrincipal AccountPrincipal user) {
		return this.pages.useAgreement(own(user), vehicleId, null, user);
	}

	@GetMapping("/{vehicleId}/use-agreement/{fileId}")
	ResponseEntity<byte[]> useAgreementFile(@PathVariable long vehicleId, @PathVariable long fileId,
			@AuthenticationPrincipal AccountPrincipal user) {
		return this.pages.useAgreement(own(user), vehicleId, fileId, user);
	}

	@PostMapping("/{vehicleId}/delete")
	String delete(@PathVariable long vehicleId, @AuthenticationPrincipal AccountPrincipal user,
			RedirectAttributes redirect) {
		return this.pages.delete(own(user), vehicleId, user, BASE, redirect);
	}

	private static long own(AccountPrincipal user) {
		if (user.operatorId() == null) {
			throw new VehicleNotFoundException(-1);
		}
		return user.operatorId();
	}

}
