package jp.kyogikai.driver;

import java.io.IOException;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.format.annotation.DateTimeFormat;
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
 * Staff's pages for an operator's drivers.
 */
@Controller
@RequestMapping("/operators/{id}/drivers")
class DriverController {

	private final DriverPages pages;

	DriverController(DriverPages pages) {
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
			@Valid @ModelAttribute DriverForm driverForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.create(id, user, base(id), driverForm, result, model, redirect);
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

	@GetMapping("/{driverId}/edit")
	String edit(@PathVariable long id, @PathVariable long driverId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		return this.pages.editForm(id, driverId, user, base(id), model);
	}

	@PostMapping("/{driverId}/edit")
	String update(@PathVariable long id, @PathVariable long driverId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute DriverForm driverForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.update(id, driverId, user, base(id), driverForm, result, model, redirect);
	}

	@PostMapping("/{driverId}/leave")
	String leave(@PathVariable long id, @PathVariable long driverId, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
			RedirectAttributes redirect) {
		return this.pages.leave(id, driverId, user, base(id), leftOn, redirect);
	}

	private static String base(long id) {
		return "/operators/" + id + "/drivers";
	}

}
