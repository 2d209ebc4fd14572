package jp.kyogikai.driver.rule;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The facts of a driver the law checks, from the 運転者等台帳.
 *
 * @param licence the driving licence
 * @param appointedOn the day the operator appointed the driver (選任日); for a candidate,
 * the planned day
 * @param courses the approved courses completed, with the day each was completed (修了日)
 * @param careWorker whether the driver is a registered 介護福祉士
 */
public record DriverProfile(Licence licence, LocalDate appointedOn, Map<ApprovedCourse, LocalDate> courses,
		boolean careWorker) {

	public DriverProfile {
		Objects.requireNonNull(licence, "licence");
		Objects.requireNonNull(appointedOn, "appointedOn");
		courses = Map.copyOf(courses);
	}

	/**
	 * Whether the driver had completed a course by a day (the day of completion
	 * included).
	 * @param course the course
	 * @param date the day
	 * @return {@code true} when the course was completed on or before the day
	 */
	public boolean completed(ApprovedCourse course, LocalDate date) {
		LocalDate completedOn = this.courses.get(course);
		return completedOn != null && !completedOn.isAfter(date);
	}

}
