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
 * Staff's pages for an operator's drivers, with each driver's history.
 */
@Controller
@RequestMapping("/operators/{id}/drivers")
class DriverController {

	private final DriverPages pages;

	private final DriverService drivers;

	DriverController(DriverPages pages, DriverService drivers) {
		this.pages = pages;
		this.drivers = drivers;
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

	@GetMapping("/{driverId}/history")
	String history(@PathVariable long id, @PathVariable long driverId, @AuthenticationPrincipal AccountPrincipal user,
			Model model) {
		model.addAttribute("history", this.drivers.history(id, driverId, user));
		model.addAttribute("detail", this.drivers.operatorForStaff(id, user));
		return "drivers/history";
	}

	@PostMapping("/{driverId}/leave")
	String leave(@PathVariable long id, @PathVariable long driverId, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
			RedirectAttributes redirect) {
		return this.pages.leave(id, driverId, user, base(id), leftOn, redirect);
	}

	@PostMapping("/{driverId}/suspensions")
	String addSuspension(@PathVariable long id, @PathVariable long driverId,
			@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute SuspensionForm suspensionForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return this.pages.addSuspension(id, driverId, user, base(id), suspensionForm, result, model, redirect);
	}

	@PostMapping("/{driverId}/suspensions/{suspensionId}/delete")
	String removeSuspension(@PathVariable long id, @PathVariable long driverId, @PathVariable long suspensionId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return this.pages.removeSuspension(id, driverId, suspensionId, user, base(id), redirect);
	}

	@PostMapping("/{driverId}/violations")
	String addViolation(@PathVariable long id, @PathVariable long driverId,
			@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute ViolationForm violationForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return this.pages.addViolation(id, driverId, user, base(id), violationForm, result, model, redirect);
	}

	@PostMapping("/{driverId}/violations/{violationId}/delete")
	String removeViolation(@PathVariable long id, @PathVariable long driverId, @PathVariable long violationId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return this.pages.removeViolation(id, driverId, violationId, user, base(id), redirect);
	}

	private static String base(long id) {
		return "/operators/" + id + "/drivers";
	}

}
