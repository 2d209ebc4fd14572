package jp.kyogikai.vehicle;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.vehicle.rule.VehicleRules;
import jp.kyogikai.vehicle.rule.VehicleType;
import jp.kyogikai.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A vehicle as staff or the operator enter it. Checks across fields are in
 * {@link #check}.
 */
public class VehicleForm {

	@NotBlank
	@Size(max = 50)
	private String plateNumber;

	@NotNull
	private VehicleType vehicleType = VehicleType.WHEELCHAIR;

	private boolean kei;

	@NotNull
	@Min(1)
	@Max(99)
	private Integer seats;

	@Size(max = 100)
	private String model;

	@Min(1950)
	@Max(2100)
	private Integer firstRegisteredYear;

	private Long officeId;

	@NotNull
	private Ownership ownership = Ownership.OWNED;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate inspectionExpiresOn;

	@Size(max = 100)
	private String insurer;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate policyFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate policyTo;

	@Min(0)
	private Long coverPerPerson;

	private boolean perPersonUnlimited;

	@Min(0)
	private Long coverProperty;

	private boolean propertyUnlimited;

	@Min(0)
	private Long coverPassenger;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate useAgreementFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate useAgreementTo;

	private long version;

	static VehicleForm of(Vehicle vehicle) {
		VehicleForm form = new VehicleForm();
		form.plateNumber = vehicle.getPlateNumber();
		form.vehicleType = vehicle.getVehicleType();
		form.kei = vehicle.isKei();
		form.seats = vehicle.getSeats();
		form.model = vehicle.getModel();
		form.firstRegisteredYear = vehicle.getFirstRegisteredYear();
		form.officeId = vehicle.getOfficeId();
		form.ownership = vehicle.getOwnership();
		form.inspectionExpiresOn = vehicle.getInspectionExpiresOn();
		form.insurer = vehicle.getInsurer();
		form.policyFrom = vehicle.getPolicyFrom();
		form.policyTo = vehicle.getPolicyTo();
		form.perPersonUnlimited = Long.valueOf(Vehicle.UNLIMITED).equals(vehicle.getCoverPerPerson());
		form.coverPerPerson = form.perPersonUnlimited ? null : vehicle.getCoverPerPerson();
		form.propertyUnlimited = Long.valueOf(Vehicle.UNLIMITED).equals(vehicle.getCoverProperty());
		form.coverProperty = form.propertyUnlimited ? null : vehicle.getCoverProperty();
		form.coverPassenger = vehicle.getCoverPassenger();
		form.useAgreementFrom = vehicle.getUseAgreementFrom();
		form.useAgreementTo = vehicle.getUseAgreementTo();
		form.version = vehicle.getVersion();
		return form;
	}

	/**
	 * Checks across fields: a welfare vehicle has at most 10 seats; the insurance period
	 * has both ends and ends no earlier than it starts; the use agreement's period
	 * (either end optional) ends no earlier than it starts.
	 * @param errors where to report
	 */
	void check(Errors errors) {
		if (this.vehicleType != null && this.seats != null && this.seats >= 1
				&& !VehicleRules.seatsAllowed(this.vehicleType, this.seats)) {
			FormErrors.reject(errors, "seats", "vehicle.seats.tooMany",
					List.of(this.seats, VehicleRules.MAX_WELFARE_SEATS));
		}
		if ((this.policyFrom == null) != (this.policyTo == null)) {
			errors.rejectValue((this.policyFrom == null) ? "policyFrom" : "policyTo", "vehicle.policy.incomplete");
		}
		else if (this.policyFrom != null && this.policyTo.isBefore(this.policyFrom)) {
			errors.rejectValue("policyTo", "vehicle.policy.order");
		}
		if (this.useAgreementFrom != null && this.useAgreementTo != null
				&& this.useAgreementTo.isBefore(this.useAgreementFrom)) {
			errors.rejectValue("useAgreementTo", "vehicle.useAgreement.order");
		}
	}

	public String getPlateNumber() {
		return this.plateNumber;
	}

	public void setPlateNumber(String plateNumber) {
		this.plateNumber = plateNumber;
	}

	public VehicleType getVehicleType() {
		return this.vehicleType;
	}

	public void setVehicleType(VehicleType vehicleType) {
		this.vehicleType = vehicleType;
	}

	public boolean isKei() {
		return this.kei;
	}

	public void setKei(boolean kei) {
		this.kei = kei;
	}

	public Integer getSeats() {
		return this.seats;
	}

	public void setSeats(Integer seats) {
		this.seats = seats;
	}

	public String getModel() {
		return this.model;
	}

	public void setModel(String model) {
		this.model = model;
	}

	public Integer getFirstRegisteredYear() {
		return this.firstRegisteredYear;
	}

	public void setFirstRegisteredYear(Integer firstRegisteredYear) {
		this.firstRegisteredYear = firstRegisteredYear;
	}

	public Long getOfficeId() {
		return this.officeId;
	}

	public void setOfficeId(Long officeId) {
		this.officeId = officeId;
	}

	public Ownership getOwnership() {
		return this.ownership;
	}

	public void setOwnership(Ownership ownership) {
		this.ownership = ownership;
	}

	public LocalDate getInspectionExpiresOn() {
		return this.inspectionExpiresOn;
	}

	public void setInspectionExpiresOn(LocalDate inspectionExpiresOn) {
		this.inspectionExpiresOn = inspectionExpiresOn;
	}

	public String getInsurer() {
		return this.insurer;
	}

	public void setInsurer(String insurer) {
		this.insurer = insurer;
	}

	public LocalDate getPolicyFrom() {
		return this.policyFrom;
	}

	public void setPolicyFrom(LocalDate policyFrom) {
		this.policyFrom = policyFrom;
	}

	public LocalDate getPolicyTo() {
		return this.policyTo;
	}

	public void setPolicyTo(LocalDate policyTo) {
		this.policyTo = policyTo;
	}

	public Long getCoverPerPerson() {
		return this.coverPerPerson;
	}

	public void setCoverPerPerson(Long coverPerPerson) {
		this.coverPerPerson = coverPerPerson;
	}

	public boolean isPerPersonUnlimited() {
		return this.perPersonUnlimited;
	}

	public void setPerPersonUnlimited(boolean perPersonUnlimited) {
		this.perPersonUnlimited = perPersonUnlimited;
	}

	public Long getCoverProperty() {
		return this.coverProperty;
	}

	public void setCoverProperty(Long coverProperty) {
		this.coverProperty = coverProperty;
	}

	public boolean isPropertyUnlimited() {
		return this.propertyUnlimited;
	}

	public void setPropertyUnlimited(boolean propertyUnlimited) {
		this.propertyUnlimited = propertyUnlimited;
	}

	public Long getCoverPassenger() {
		return this.coverPassenger;
	}

	public void setCoverPassenger(Long coverPassenger) {
		this.coverPassenger = coverPassenger;
	}

	public LocalDate getUseAgreementFrom() {
		return this.useAgreementFrom;
	}

	public void setUseAgreementFrom(LocalDate useAgreementFrom) {
		this.useAgreementFrom = useAgreementFrom;
	}

	public LocalDate getUseAgreementTo() {
		return this.useAgreementTo;
	}

	public void setUseAgreementTo(LocalDate useAgreementTo) {
		this.useAgreementTo = useAgreementTo;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
