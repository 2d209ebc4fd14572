package jp.kyogikai.driver;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import jp.kyogikai.csv.ImportResult;
import jp.kyogikai.driver.rule.LicenceClass;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The driver pages shared by staff ({@code /operators/{id}/drivers}) and the operator
 * portal ({@code /operator-portal/drivers}), the CSV export and import included;
 * {@code base} is the list's URL.
 */
@Component
class DriverPages {

	private final DriverService drivers;

	private final DriverImportService imports;

	private final MessageSource messages;

	DriverPages(DriverService drivers, DriverImportService imports, MessageSource messages) {
		this.drivers = drivers;
		this.imports = imports;
		this.messages = messages;
	}

	String list(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("drivers", this.drivers.list(operatorId, user));
		return page(operatorId, user, base, model, "drivers/index");
	}

	String newForm(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("driverForm", new DriverForm());
		return form(operatorId, user, base, model, null);
	}

	String create(long operatorId, AccountPrincipal user, String base, DriverForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.drivers.operator(operatorId, user);
		form.check(result);
		if (!result.hasErrors()) {
			this.drivers.add(operatorId, user, form);
			redirect.addFlashAttribute("flashMessage", "flash.driver.added");
			return "redirect:" + base;
		}
		return form(operatorId, user, base, model, null);
	}

	String editForm(long operatorId, long driverId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("driverForm", this.drivers.form(operatorId, driverId, user));
		return form(operatorId, user, base, model, driverId);
	}

	String addSuspension(long operatorId, long driverId, AccountPrincipal user, String base, SuspensionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		DriverForm driverForm = this.drivers.form(operatorId, driverId, user);
		form.check(result);
		if (result.hasErrors()) {
			model.addAttribute("driverForm", driverForm);
			return form(operatorId, user, base, model, driverId);
		}
		this.drivers.addSuspension(operatorId, driverId, user, form);
		redirect.addFlashAttribute("flashMessage", "flash.suspension.added");
		return redirectToEdit(base, driverId, "suspensions");
	}

	String removeSuspension(long operatorId, long driverId, long suspensionId, AccountPrincipal user, String base,
			RedirectAttributes redirect) {
		this.drivers.removeSuspension(operatorId, driverId, suspensionId, user);
		redirect.addFlashAttribute("flashMessage", "flash.suspension.deleted");
		return redirectToEdit(base, driverId, "suspensions");
	}

	String addViolation(long operatorId, long driverId, AccountPrincipal user, String base, ViolationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		DriverForm driverForm = this.drivers.form(operatorId, driverId, user);
		if (result.hasErrors()) {
			model.addAttribute("driverForm", driverForm);
			return form(operatorId, user, base, model, driverId);
		}
		this.drivers.addViolation(operatorId, driverId, user, form);
		redirect.addFlashAttribute("flashMessage", "flash.violation.added");
		return redirectToEdit(base, driverId, "violations");
	}

	String removeViolation(long operatorId, long driverId, long violationId, AccountPrincipal user, String base,
			RedirectAttributes redirect) {
		this.drivers.removeViolation(operatorId, driverId, violationId, user);
		redirect.addFlashAttribute("flashMessage", "flash.violation.deleted");
		return redirectToEdit(base, driverId, "violations");
	}

	String update(long operatorId, long driverId, AccountPrincipal user, String base, DriverForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.drivers.form(operatorId, driverId, user);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				this.drivers.update(operatorId, driverId, user, form);
				redirect.addFlashAttribute("flashMessage", "flash.driver.updated");
				return "redirect:" + base;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return form(operatorId, user, base, model, driverId);
	}

	String leave(long operatorId, long driverId, AccountPrincipal user, String base, LocalDate leftOn,
			RedirectAttributes redirect) {
		if (this.drivers.leave(operatorId, driverId, user, leftOn)) {
			redirect.addFlashAttribute("flashMessage", "flash.driver.left");
		}
		else {
			redirect.addFlashAttribute("flashError", "driver.leftOn.order");
		}
		return "redirect:" + base;
	}

	ResponseEntity<byte[]> export(long operatorId, AccountPrincipal user) {
		return this.imports.export(operatorId, user);
	}

	String importForm(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("columns", DriverCsv.COLUMNS);
		model.addAttribute("sample", this.imports.sample());
		return page(operatorId, user, base, model, "drivers/import");
	}

	String importCsv(long operatorId, AccountPrincipal user, String base, MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		ImportResult result = this.imports.importCsv(operatorId, user,
				(file != null) ? file.getOriginalFilename() : null, (file != null) ? file.getBytes() : new byte[0]);
		if (!result.succeeded()) {
			model.addAttribute("result", result);
			return importForm(operatorId, user, base, model);
		}
		redirect.addFlashAttribute("flashMessageText", this.messages.getMessage("flash.csv.imported",
				new Object[] { result.created(), result.updated(), result.unchanged() }, Locale.JAPAN));
		return "redirect:" + base;
	}

	private String form(long operatorId, AccountPrincipal user, String base, Model model, Long driverId) {
		model.addAttribute("driverId", driverId);
		model.addAttribute("licenceClasses", LicenceClass.values());
		if (driverId != null) {
			model.addAttribute("records", this.drivers.records(operatorId, driverId, user));
			if (!model.containsAttribute("suspensionForm")) {
				model.addAttribute("suspensionForm", new SuspensionForm());
			}
			if (!model.containsAttribute("violationForm")) {
				model.addAttribute("violationForm", new ViolationForm());
			}
			model.addAttribute("violationKinds", ViolationKind.values());
		}
		return page(operatorId, user, base, model, "drivers/form");
	}

	/**
	 * Back to the edit page, at the section changed ({@code suspensions} or
	 * {@code violations}).
	 */
	private static String redirectToEdit(String base, long driverId, String section) {
		return "redirect:" + base + "/" + driverId + "/edit#" + section;
	}

	private String page(long operatorId, AccountPrincipal user, String base, Model model, String view) {
		OperatorDetail detail = this.drivers.operator(operatorId, user);
		model.addAttribute("detail", detail);
		model.addAttribute("base", base);
		model.addAttribute("staffView", base.startsWith("/operators/"));
		return view;
	}

}
