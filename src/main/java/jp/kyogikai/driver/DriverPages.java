package jp.kyogikai.driver;

import java.time.LocalDate;

import jp.kyogikai.driver.rule.LicenceClass;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The driver pages shared by staff ({@code /operators/{id}/drivers}) and the operator
 * portal ({@code /operator-portal/drivers}); {@code base} is the list's URL.
 */
@Component
class DriverPages {

	private final DriverService drivers;

	DriverPages(DriverService drivers) {
		this.drivers = drivers;
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

	private String form(long operatorId, AccountPrincipal user, String base, Model model, Long driverId) {
		model.addAttribute("driverId", driverId);
		model.addAttribute("licenceClasses", LicenceClass.values());
		return page(operatorId, user, base, model, "drivers/form");
	}

	private String page(long operatorId, AccountPrincipal user, String base, Model model, String view) {
		OperatorDetail detail = this.drivers.operator(operatorId, user);
		model.addAttribute("detail", detail);
		model.addAttribute("base", base);
		model.addAttribute("staffView", base.startsWith("/operators/"));
		return view;
	}

}
