package jp.kyogikai.driver;

import java.time.LocalDate;

import jp.kyogikai.driver.rule.LicenceClass;
import jp.kyogikai.operator.OperatorRecordPages;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The driver pages shared by staff ({@code /operators/{id}/drivers}) and the operator
 * portal ({@code /operator-portal/drivers}), the CSV export and import and the driver's
 * suspensions and violations included; {@code base} is the list's URL. A driver is not
 * deleted: the driver leaves.
 */
@Component
class DriverPages extends OperatorRecordPages<DriverForm> {

	private final DriverService drivers;

	DriverPages(DriverService drivers, DriverImportService imports, MessageSource messages) {
		super(drivers, DriverForm::new,
				Names.of("drivers/form", "driverForm", "driverId", "drivers.title")
					.flash("flash.driver.added", "flash.driver.updated", null)
					.importPage("drivers.import.title", "drivers.import.lead"),
				imports, messages);
		this.drivers = drivers;
	}

	String list(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("drivers", this.drivers.list(operatorId, user));
		return page(operatorId, user, base, model, "drivers/index");
	}

	@Override
	protected void check(DriverForm form, Errors errors) {
		form.check(errors);
	}

	@Override
	protected void formModel(long operatorId, AccountPrincipal user, Model model, Long driverId) {
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
	}

	String addSuspension(long operatorId, long driverId, AccountPrincipal user, String base, SuspensionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		DriverForm driverForm = this.drivers.form(operatorId, driverId, user);
		form.check(result);
		if (result.hasErrors()) {
			model.addAttribute("driverForm", driverForm);
			return formPage(operatorId, user, base, model, driverId);
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
			return formPage(operatorId, user, base, model, driverId);
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

	/**
	 * Back to the edit page, at the section changed ({@code suspensions} or
	 * {@code violations}).
	 */
	private static String redirectToEdit(String base, long driverId, String section) {
		return "redirect:" + base + "/" + driverId + "/edit#" + section;
	}

}
