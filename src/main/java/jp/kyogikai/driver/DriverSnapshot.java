package jp.kyogikai.driver;

import java.time.LocalDate;

import jp.kyogikai.driver.rule.LicenceClass;

/**
 * A driver as its history shows it (labels {@code driver.<name>}), personal data
 * included: only for staff of the operator's municipality, never logged.
 */
public record DriverSnapshot(String name, String furigana, LocalDate birthDate, String address, String licenceNumber,
		LicenceClass licenceClass, LocalDate licenceExpiresOn, LocalDate welfareCourseOn, LocalDate sedanCourseOn,
		LocalDate transportGapCourseOn, boolean careWorker, LocalDate lastAptitudeCheckOn, LocalDate appointedOn,
		LocalDate leftOn, String notes) {

	static DriverSnapshot of(Driver d) {
		return new DriverSnapshot(d.getName(), d.getFurigana(), d.getBirthDate(), d.getAddress(), d.getLicenceNumber(),
				d.getLicenceClass(), d.getLicenceExpiresOn(), d.getWelfareCourseOn(), d.getSedanCourseOn(),
				d.getTransportGapCourseOn(), d.isCareWorker(), d.getLastAptitudeCheckOn(), d.getAppointedOn(),
				d.getLeftOn(), d.getNotes());
	}

	/**
	 * No personal data in logs or error messages.
	 * @return the type's name only
	 */
	@Override
	public String toString() {
		return "DriverSnapshot";
	}

}
