package jp.kyogikai.vehicle;

import java.util.Locale;

import jp.kyogikai.file.FileDownloads;
import jp.kyogikai.file.FileRejectedException;
import jp.kyogikai.operator.OperatorRecordPages;
import jp.kyogikai.security.AccountPrincipal;
import jp.kyogikai.vehicle.rule.VehicleType;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vehicle pages shared by staff ({@code /operators/{id}/vehicles}) and the operator
 * portal ({@code /operator-portal/vehicles}), the CSV export and import and the use
 * agreement included; {@code base} is the list's URL.
 */
@Component
class VehiclePages extends OperatorRecordPages<VehicleForm> {

	private final VehicleService vehicles;

	private final MessageSource messages;

	VehiclePages(VehicleService vehicles, VehicleImportService imports, MessageSource messages) {
		super(vehicles, VehicleForm::new,
				Names.of("vehicles/form", "vehicleForm", "vehicleId", "vehicles.title")
					.flash("flash.vehicle.added", "flash.vehicle.updated", "flash.vehicle.deleted")
					.importPage("vehicles.import.title", "vehicles.import.lead"),
				imports, messages);
		this.vehicles = vehicles;
		this.messages = messages;
	}

	String list(long operatorId, AccountPrincipal user, String base, Model model) {
		model.addAttribute("vehicles", this.vehicles.list(operatorId, user));
		model.addAttribute("insuranceStandard", this.vehicles.insuranceStandard(operatorId, user));
		return page(operatorId, user, base, model, "vehicles/index");
	}

	@Override
	protected void check(VehicleForm form, Errors errors) {
		form.check(errors);
	}

	@Override
	protected void formModel(long operatorId, AccountPrincipal user, Model model, Long vehicleId) {
		if (vehicleId != null) {
			model.addAttribute("useAgreement", this.vehicles.useAgreementFiles(operatorId, vehicleId, user));
			model.addAttribute("fileLimit", this.vehicles.fileLimit());
		}
		model.addAttribute("vehicleTypes", VehicleType.values());
		model.addAttribute("ownerships", Ownership.values());
	}

	@Override
	protected boolean rejected(RuntimeException ex, Errors errors) {
		if (ex instanceof VehicleService.DuplicatePlateException) {
			errors.rejectValue("plateNumber", "vehicle.plate.duplicate");
			return true;
		}
		return false;
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

}
