package jp.kyogikai.driver;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jp.kyogikai.driver.rule.ApprovedCourse;
import jp.kyogikai.driver.rule.DriverProfile;
import jp.kyogikai.driver.rule.Licence;
import jp.kyogikai.driver.rule.LicenceClass;
import jp.kyogikai.driver.rule.Suspension;
import org.hibernate.envers.Audited;

/**
 * A driver in an operator's 運転者等台帳. The operator is referred to by id. Holds personal
 * data: no {@code toString}, never logged.
 */
@Entity
@Audited
public class Driver {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long operatorId;

	private String name;

	private String furigana;

	private LocalDate birthDate;

	private String address;

	private String licenceNumber;

	@Enumerated(EnumType.STRING)
	private LicenceClass licenceClass;

	private LocalDate licenceExpiresOn;

	private LocalDate welfareCourseOn;

	private LocalDate sedanCourseOn;

	private LocalDate transportGapCourseOn;

	private boolean careWorker;

	private LocalDate appointedOn;

	private LocalDate leftOn;

	private LocalDate lastAptitudeCheckOn;

	private String notes;

	protected Driver() {
	}

	Driver(long operatorId) {
		this.operatorId = operatorId;
	}

	void update(DriverForm form) {
		this.name = form.getName().strip();
		this.furigana = blankToNull(form.getFurigana());
		this.birthDate = form.getBirthDate();
		this.address = blankToNull(form.getAddress());
		this.licenceNumber = blankToNull(form.getLicenceNumber());
		this.licenceClass = form.getLicenceClass();
		this.licenceExpiresOn = form.getLicenceExpiresOn();
		this.welfareCourseOn = form.getWelfareCourseOn();
		this.sedanCourseOn = form.getSedanCourseOn();
		this.transportGapCourseOn = form.getTransportGapCourseOn();
		this.careWorker = form.isCareWorker();
		this.appointedOn = form.getAppointedOn();
		this.leftOn = form.getLeftOn();
		this.lastAptitudeCheckOn = form.getLastAptitudeCheckOn();
		this.notes = blankToNull(form.getNotes());
	}

	void leave(LocalDate leftOn) {
		this.leftOn = leftOn;
	}

	/**
	 * The driver's facts as the rules see them.
	 * @param suspensions every licence suspension in the driver's history
	 * @return the profile
	 */
	public DriverProfile profile(List<Suspension> suspensions) {
		Map<ApprovedCourse, LocalDate> courses = new EnumMap<>(ApprovedCourse.class);
		if (this.welfareCourseOn != null) {
			courses.put(ApprovedCourse.WELFARE_DRIVER, this.welfareCourseOn);
		}
		if (this.sedanCourseOn != null) {
			courses.put(ApprovedCourse.SEDAN_DRIVER, this.sedanCourseOn);
		}
		if (this.transportGapCourseOn != null) {
			courses.put(ApprovedCourse.TRANSPORT_GAP_DRIVER, this.transportGapCourseOn);
		}
		return new DriverProfile(new Licence(this.licenceClass, this.licenceExpiresOn, suspensions), this.appointedOn,
				courses, this.careWorker);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getOperatorId() {
		return this.operatorId;
	}

	public String getName() {
		return this.name;
	}

	public String getFurigana() {
		return this.furigana;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public String getAddress() {
		return this.address;
	}

	public String getLicenceNumber() {
		return this.licenceNumber;
	}

	public LicenceClass getLicenceClass() {
		return this.licenceClass;
	}

	public LocalDate getLicenceExpiresOn() {
		return this.licenceExpiresOn;
	}

	public LocalDate getWelfareCourseOn() {
		return this.welfareCourseOn;
	}

	public LocalDate getSedanCourseOn() {
		return this.sedanCourseOn;
	}

	public LocalDate getTransportGapCourseOn() {
		return this.transportGapCourseOn;
	}

	public boolean isCareWorker() {
		return this.careWorker;
	}

	public LocalDate getAppointedOn() {
		return this.appointedOn;
	}

	public LocalDate getLeftOn() {
		return this.leftOn;
	}

	public LocalDate getLastAptitudeCheckOn() {
		return this.lastAptitudeCheckOn;
	}

	public String getNotes() {
		return this.notes;
	}

}
