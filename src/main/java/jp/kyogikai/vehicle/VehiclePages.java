package jp.kyogikai.vehicle;

import java.io.IOException;
import java.util.Locale;

import jp.kyogikai.csv.ImportResult;
import jp.kyogikai.file.FileDownloads;
import jp.kyogikai.file.FileRejectedException;
import jp.kyogikai.operator.OperatorDetail;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.vehicle.rule.VehicleType;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vehicle pages shared by staff ({@code /operators/{id}/vehicles}) and the operator
 * portal ({@code /operator-portal/vehicles}), the CSV export and import included;
 * {@code base} is the list's URL.
 */
@Component
class VehiclePages {

	private final VehicleService vehicles;

	private final VehicleImportService imports;

	private final MessageSource messages;

	VehiclePages(VehicleService vehicles, VehicleImportService imports, MessageSource messages) {
		this.vehicles = vehicles;
		this.imports = imports;
		this.messages = messages;
	}

	String list(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("vehicles", this.vehicles.list(operatorId, user));
		model.addAttribute("insuranceStandard", this.vehicles.insuranceStandard(operatorId, user));
		return page(operatorId, user, base, model, "vehicles/index");
	}

	String newForm(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("vehicleForm", new VehicleForm());
		return form(operatorId, user, base, model, null);
	}

	String create(long operatorId, AccountPrincipal user, String base, VehicleForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		this.vehicles.operator(operatorId, user);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				this.vehicles.add(operatorId, user, form);
				redirect.addFlashAttribute("flashMessage", "flash.vehicle.added");
				return "redirect:" + base;
			}
			catch (VehicleService.DuplicatePlateException ex) {
				result.rejectValue("plateNumber", "vehicle.plate.duplicate");
			}
		}
		return form(operatorId, user, base, model, null);
	}

	String editForm(long operatorId, long vehicleId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("vehicleForm", this.vehicles.form(operatorId, vehicleId, user));
		return form(operatorId, user, base, model, vehicleId);
	}

	String update(long operatorId, long vehicleId, AccountPrincipal user, String base, VehicleForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		this.vehicles.form(operatorId, vehicleId, user);
		form.check(result);
		if (!result.hasErrors()) {
			try {
				this.vehicles.update(operatorId, vehicleId, user, form);
				redirect.addFlashAttribute("flashMessage", "flash.vehicle.updated");
				return "redirect:" + base;
			}
			catch (VehicleService.DuplicatePlateException ex) {
				result.rejectValue("plateNumber", "vehicle.plate.duplicate");
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				result.reject("stale");
			}
		}
		return form(operatorId, user, base, model, vehicleId);
	}

	/**
	 * Stores an uploaded use agreement (使用承諾書) for the vehicle; a refused file re-renders
	 * the edit page with the reason and stores nothing.
	 */
	String uploadUseAgreement(long operatorId, long vehicleId, AccountPrincipal user, String base, long version,
			MultipartFile file, Model model, RedirectAttributes redirect) {
		try {
			this.vehicles.attachUseAgreement(operatorId, vehicleId, user, version, file);
			redirect.addFlashAttribute("flashMessage", "flash.vehicle.useAgreement.stored");
			return "redirect:" + base + "/" + vehicleId + "/edit";
		}
		catch (FileRejectedException ex) {
			model.addAttribute("uploadError",
					this.messages.getMessage(ex.code(), ex.arguments().toArray(), ex.code(), Locale.JAPAN));
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("uploadError", this.messages.getMessage("stale", null, Locale.JAPAN));
		}
		return editForm(operatorId, vehicleId, user, base, model);
	}

	ResponseEntity<byte[]> useAgreement(long operatorId, long vehicleId, Long fileId, AccountPrincipal user) {
		return FileDownloads.attachment(this.vehicles.useAgreement(operatorId, vehicleId, fileId, user));
	}

	String delete(long operatorId, long vehicleId, AccountPrincipal user, String base, RedirectAttributes redirect) {
		this.vehicles.delete(operatorId, vehicleId, user);
		redirect.addFlashAttribute("flashMessage", "flash.vehicle.deleted");
		return "redirect:" + base;
	}

	ResponseEntity<byte[]> export(long operatorId, AccountPrincipal user) {
		return this.imports.export(operatorId, user);
	}

	String importForm(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("columns", VehicleCsv.COLUMNS);
		model.addAttribute("sample", this.imports.sample());
		return page(operatorId, user, base, model, "vehicles/import");
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

	private String form(long operatorId, AccountPrincipal user, String base, Model model, Long vehicleId) {
		model.addAttribute("vehicleId", vehicleId);
		if (vehicleId != null) {
			model.addAttribute("useAgreement", this.vehicles.useAgreementFiles(operatorId, vehicleId, user));
			model.addAttribute("fileLimit", this.vehicles.fileLimit());
		}
		model.addAttribute("vehicleTypes", VehicleType.values());
		model.addAttribute("ownerships", Ownership.values());
		return page(operatorId, user, base, model, "vehicles/form");
	}

	private String page(long operatorId, AccountPrincipal user, String base, Model model, String view) {
		OperatorDetail detail = this.vehicles.operator(operatorId, user);
		model.addAttribute("detail", detail);
		model.addAttribute("base", base);
		model.addAttribute("staffView", base.startsWith("/operators/"));
		return view;
	}

}
