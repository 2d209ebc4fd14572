package jp.kyogikai.operator;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.council.TransportKind;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The operator's record as staff edit it. Checks across fields are in {@link #check}.
 */
public class OperatorForm {

	@NotBlank
	@Size(max = 200)
	private String name;

	@NotNull
	private OperatorType operatorType;

	@Size(max = 300)
	private String address;

	@Size(max = 100)
	private String representative;

	@NotEmpty
	private Set<TransportKind> transportKinds = EnumSet.noneOf(TransportKind.class);

	private Set<PassengerCategory> passengerCategories = EnumSet.noneOf(PassengerCategory.class);

	@Size(max = 50)
	private String registrationNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registeredOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registrationExpiresOn;

	@Min(0)
	private Integer passengerCount;

	private boolean operatorCooperation;

	@Size(max = 200)
	private String cooperationPartner;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastDeliberatedOn;

	@Email
	@Size(max = 254)
	private String contactEmail;

	private long version;

	static OperatorForm of(Operator operator) {
		OperatorForm form = new OperatorForm();
		form.name = operator.getName();
		form.operatorType = operator.getOperatorType();
		form.address = operator.getAddress();
		form.representative = operator.getRepresentative();
		form.transportKinds = operator.getTransportKinds();
		form.passengerCategories = operator.getPassengerCategories();
		form.registrationNumber = operator.getRegistrationNumber();
		form.registeredOn = operator.getRegisteredOn();
		form.validFrom = operator.getValidFrom();
		form.registrationExpiresOn = operator.getRegistrationExpiresOn();
		form.passengerCount = operator.getPassengerCount();
		form.operatorCooperation = operator.isOperatorCooperation();
		form.cooperationPartner = operator.getCooperationPartner();
		form.lastDeliberatedOn = operator.getLastDeliberatedOn();
		form.contactEmail = operator.getContactEmail();
		form.version = operator.getVersion();
		return form;
	}

	/**
	 * Checks across fields: the validity starts no later than it ends and not before the
	 * registration date; a 事業者協力型 registration names its partner; the last deliberation
	 * is not in the future.
	 * @param errors where to report
	 * @param today today
	 */
	void check(Errors errors, LocalDate today) {
		if (this.lastDeliberatedOn != null && this.lastDeliberatedOn.isAfter(today)) {
			errors.rejectValue("lastDeliberatedOn", "operator.lastDeliberatedOn.future");
		}
		if (this.validFrom != null && this.registrationExpiresOn != null
				&& this.validFrom.isAfter(this.registrationExpiresOn)) {
			errors.rejectValue("registrationExpiresOn", "operator.validity.order");
		}
		if (this.registeredOn != null && this.registrationExpiresOn != null
				&& this.registeredOn.isAfter(this.registrationExpiresOn)) {
			errors.rejectValue("registrationExpiresOn", "operator.validity.beforeRegistered");
		}
		if (this.operatorCooperation && (this.cooperationPartner == null || this.cooperationPartner.isBlank())) {
			errors.rejectValue("cooperationPartner", "operator.cooperationPartner.required");
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public OperatorType getOperatorType() {
		return this.operatorType;
	}

	public void setOperatorType(OperatorType operatorType) {
		this.operatorType = operatorType;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getRepresentative() {
		return this.representative;
	}

	public void setRepresentative(String representative) {
		this.representative = representative;
	}

	public Set<TransportKind> getTransportKinds() {
		return this.transportKinds;
	}

	public void setTransportKinds(Set<TransportKind> transportKinds) {
		this.transportKinds = transportKinds;
	}

	public Set<PassengerCategory> getPassengerCategories() {
		return this.passengerCategories;
	}

	public void setPassengerCategories(Set<PassengerCategory> passengerCategories) {
		this.passengerCategories = passengerCategories;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

	public LocalDate getRegisteredOn() {
		return this.registeredOn;
	}

	public void setRegisteredOn(LocalDate registeredOn) {
		this.registeredOn = registeredOn;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getRegistrationExpiresOn() {
		return this.registrationExpiresOn;
	}

	public void setRegistrationExpiresOn(LocalDate registrationExpiresOn) {
		this.registrationExpiresOn = registrationExpiresOn;
	}

	public Integer getPassengerCount() {
		return this.passengerCount;
	}

	public void setPassengerCount(Integer passengerCount) {
		this.passengerCount = passengerCount;
	}

	public boolean isOperatorCooperation() {
		return this.operatorCooperation;
	}

	public void setOperatorCooperation(boolean operatorCooperation) {
		this.operatorCooperation = operatorCooperation;
	}

	public String getCooperationPartner() {
		return this.cooperationPartner;
	}

	public void setCooperationPartner(String cooperationPartner) {
		this.cooperationPartner = cooperationPartner;
	}

	public LocalDate getLastDeliberatedOn() {
		return this.lastDeliberatedOn;
	}

	public void setLastDeliberatedOn(LocalDate lastDeliberatedOn) {
		this.lastDeliberatedOn = lastDeliberatedOn;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
