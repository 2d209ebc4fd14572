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
 * An OPERATOR user's pages for its own operator's drivers.
 */
@Controller
@RequestMapping("/operator-portal/drivers")
class DriverPortalController {

	private static final String BASE = "/operator-portal/drivers";

	private final DriverPages pages;

	DriverPortalController(DriverPages pages) {
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
	String create(@AuthenticationPrincipal AccountPrincipal user, @Valid @ModelAttribute DriverForm driverForm,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return this.pages.create(own(user), user, BASE, driverForm, result, model, redirect);
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

	@GetMapping("/{driverId}/edit")
	String edit(@PathVariable long driverId, @AuthenticationPrincipal AccountPrincipal user, Model model) {
		return this.pages.editForm(own(user), driverId, user, BASE, model);
	}

	@PostMapping("/{driverId}/edit")
	String update(@PathVariable long driverId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute DriverForm driverForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.update(own(user), driverId, user, BASE, driverForm, result, model, redirect);
	}

	@PostMapping("/{driverId}/leave")
	String leave(@PathVariable long driverId, @AuthenticationPrincipal AccountPrincipal user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
			RedirectAttributes redirect) {
		return this.pages.leave(own(user), driverId, user, BASE, leftOn, redirect);
	}

	@PostMapping("/{driverId}/suspensions")
	String addSuspension(@PathVariable long driverId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute SuspensionForm suspensionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.addSuspension(own(user), driverId, user, BASE, suspensionForm, result, model, redirect);
	}

	@PostMapping("/{driverId}/suspensions/{suspensionId}/delete")
	String removeSuspension(@PathVariable long driverId, @PathVariable long suspensionId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return this.pages.removeSuspension(own(user), driverId, suspensionId, user, BASE, redirect);
	}

	@PostMapping("/{driverId}/violations")
	String addViolation(@PathVariable long driverId, @AuthenticationPrincipal AccountPrincipal user,
			@Valid @ModelAttribute ViolationForm violationForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return this.pages.addViolation(own(user), driverId, user, BASE, violationForm, result, model, redirect);
	}

	@PostMapping("/{driverId}/violations/{violationId}/delete")
	String removeViolation(@PathVariable long driverId, @PathVariable long violationId,
			@AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
		return this.pages.removeViolation(own(user), driverId, violationId, user, BASE, redirect);
	}

	private static long own(AccountPrincipal user) {
		if (user.operatorId() == null) {
			throw new DriverNotFoundException(-1);
		}
		return user.operatorId();
	}

}
