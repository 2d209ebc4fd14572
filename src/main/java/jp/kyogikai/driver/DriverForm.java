package jp.kyogikai.driver;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kyogikai.driver.rule.LicenceClass;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * A driver as staff or the operator enter it. Checks across fields are in {@link #check}.
 */
public class DriverForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@Size(max = 100)
	private String furigana;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@Size(max = 200)
	private String address;

	@Size(max = 20)
	private String licenceNumber;

	@NotNull
	private LicenceClass licenceClass = LicenceClass.CLASS_1;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate licenceExpiresOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate welfareCourseOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate sedanCourseOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate transportGapCourseOn;

	private boolean careWorker;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate appointedOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate leftOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate lastAptitudeCheckOn;

	@Size(max = 1000)
	private String notes;

	private long version;

	static DriverForm of(Driver driver) {
		DriverForm form = new DriverForm();

		form.name = driver.getName();

		form.furigana = driver.getFurigana();

		form.birthDate = driver.getBirthDate();

		form.address = driver.getAddress();

		form.licenceNumber = driver.getLicenceNumber();

		form.licenceClass = driver.getLicenceClass();

		form.licenceExpiresOn = driver.getLicenceExpiresOn();

		form.welfareCourseOn = driver.getWelfareCourseOn();

		form.sedanCourseOn = driver.getSedanCourseOn();

		form.transportGapCourseOn = driver.getTransportGapCourseOn();

		form.careWorker = driver.isCareWorker();

		form.appointedOn = driver.getAppointedOn();

		form.leftOn = driver.getLeftOn();

		form.lastAptitudeCheckOn = driver.getLastAptitudeCheckOn();

		form.notes = driver.getNotes();

		form.version = driver.getVersion();

		return form;
	}

	/**
	 * Checks across fields: leaving is no earlier than the appointment. Suspensions,
	 * violations and accidents are kept apart ({@link SuspensionForm},
	 * {@link ViolationForm}).
	 * @param errors where to report
	 */
	void check(Errors errors) {
		if (this.leftOn != null && this.appointedOn != null && this.leftOn.isBefore(this.appointedOn)) {
			errors.rejectValue("leftOn", "driver.leftOn.order");
		}
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getFurigana() {
		return this.furigana;
	}

	public void setFurigana(String furigana) {
		this.furigana = furigana;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public void setLicenceNumber(String licenceNumber) {
		this.licenceNumber = licenceNumber;
	}

	public LicenceClass getLicenceClass() {
		return this.licenceClass;
	}

	public void setLicenceClass(LicenceClass licenceClass) {
		this.licenceClass = licenceClass;
	}

	public LocalDate getLicenceExpiresOn() {
		return this.licenceExpiresOn;
	}

	public void setLicenceExpiresOn(LocalDate licenceExpiresOn) {
		this.licenceExpiresOn = licenceExpiresOn;
	}

	public LocalDate getWelfareCourseOn() {
		return this.welfareCourseOn;
	}

	public void setWelfareCourseOn(LocalDate welfareCourseOn) {
		this.welfareCourseOn = welfareCourseOn;
	}

	public LocalDate getSedanCourseOn() {
		return this.sedanCourseOn;
	}

	public void setSedanCourseOn(LocalDate sedanCourseOn) {
		this.sedanCourseOn = sedanCourseOn;
	}

	public LocalDate getTransportGapCourseOn() {
		return this.transportGapCourseOn;
	}

	public void setTransportGapCourseOn(LocalDate transportGapCourseOn) {
		this.transportGapCourseOn = transportGapCourseOn;
	}

	public boolean isCareWorker() {
		return this.careWorker;
	}

	public void setCareWorker(boolean careWorker) {
		this.careWorker = careWorker;
	}

	public LocalDate getAppointedOn() {
		return this.appointedOn;
	}

	public void setAppointedOn(LocalDate appointedOn) {
		this.appointedOn = appointedOn;
	}

	public LocalDate getLeftOn() {
		return this.leftOn;
	}

	public void setLeftOn(LocalDate leftOn) {
		this.leftOn = leftOn;
	}

	public LocalDate getLastAptitudeCheckOn() {
		return this.lastAptitudeCheckOn;
	}

	public void setLastAptitudeCheckOn(LocalDate lastAptitudeCheckOn) {
		this.lastAptitudeCheckOn = lastAptitudeCheckOn;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
