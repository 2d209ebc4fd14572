package jp.kyogikai.driver.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a driver may drive for an operator on a day (施行規則51条の16), and how long the
 * driver's records are kept. The checks, in order, with the code of each outcome:
 * <ol>
 * <li>the licence has not expired, its last day included: {@code driver.licence.valid} /
 * {@code driver.licence.expired} (argument: the last day);</li>
 * <li>the licence is not suspended on the day: {@code driver.licence.notSuspended} /
 * {@code driver.licence.suspended} (arguments: first and last day of the
 * suspension);</li>
 * <li>with a 二種 licence nothing more about the licence: {@code driver.licence.class2};
 * with a 一種 licence two more checks:
 * <ul>
 * <li>no suspension in the 2 years before appointment, i.e. on any day from the same date
 * two years earlier up to the appointment, both included (appointed 2026-04-01:
 * 2024-04-01 to 2026-04-01; a suspension ending 2024-03-31 does not count, one ending
 * 2024-04-01 does): {@code driver.licence.noSuspensionBeforeAppointment} (arguments:
 * first day of the window, appointment) /
 * {@code driver.licence.suspendedBeforeAppointment} (arguments: first and last day of the
 * suspension, first day of the window, appointment);</li>
 * <li>the approved course for the transport kind (福祉有償運送運転者講習 or 交通空白地有償運送運転者講習)
 * completed on or before the day: {@code driver.course.completed} (arguments: course, day
 * completed) / {@code driver.course.missing} (argument: course);</li>
 * </ul>
 * </li>
 * <li>for 福祉有償運送 with セダン等, whatever the licence: the driver completed the セダン等運転者講習
 * ({@code driver.sedan.course}, argument: day completed) or is a 介護福祉士
 * ({@code driver.sedan.careWorker}), or another crew member brings either
 * ({@code driver.sedan.crew}); otherwise {@code driver.sedan.missing}.</li>
 * </ol>
 * An expired licence or one suspended on the day never qualifies, whatever else holds.
 */
public final class DriverQualification {

	/** Years before appointment in which a 一種 licence must not have been suspended. */
	public static final int SUSPENSION_FREE_YEARS = 2;

	/** Years the 運転者等台帳 entry is kept after the driver leaves. */
	public static final int RETENTION_YEARS = 2;

	private DriverQualification() {
	}

	/**
	 * Checks a driver on a day.
	 * @param driver the driver's facts
	 * @param duty the transport kind and the セダン等 situation
	 * @param date the day of the check (today, or the planned appointment)
	 * @return every check, passed or failed
	 */
	public static QualificationResult check(DriverProfile driver, Duty duty, LocalDate date) {
		Objects.requireNonNull(driver, "driver");
		Objects.requireNonNull(duty, "duty");
		Objects.requireNonNull(date, "date");
		Licence licence = driver.licence();
		List<QualificationCheck> checks = new ArrayList<>();
		checks.add(licence.validOn(date) ? QualificationCheck.passed("driver.licence.valid", licence.expiresOn())
				: QualificationCheck.failed("driver.licence.expired", licence.expiresOn()));
		checks.add(licence.suspensionOn(date)
			.map((suspension) -> QualificationCheck.failed("driver.licence.suspended", suspension.from(),
					suspension.to()))
			.orElseGet(() -> QualificationCheck.passed("driver.licence.notSuspended")));
		if (licence.licenceClass() == LicenceClass.CLASS_2) {
			checks.add(QualificationCheck.passed("driver.licence.class2"));
		}
		else {
			checks.add(suspensionBeforeAppointment(licence, driver.appointedOn()));
			checks.add(course(driver, ApprovedCourse.requiredFor(duty.kind()), date));
		}
		if (duty.sedanRequirementApplies()) {
			checks.add(sedan(driver, duty, date));
		}
		return new QualificationResult(checks);
	}

	/**
	 * The first day of the window in which a 一種 licence must not have been suspended: the
	 * same date two years before the appointment (2024-04-01 for 2026-04-01; 2026-02-28
	 * for 2028-02-29).
	 * @param appointedOn the appointment
	 * @return the window's first day
	 */
	public static LocalDate suspensionWindowStart(LocalDate appointedOn) {
		return appointedOn.minusYears(SUSPENSION_FREE_YEARS);
	}

	/**
	 * The last day a leaver's entry in the 運転者等台帳 must be kept: 2 years counted from the
	 * day after leaving (民法140条), ending the day before the corresponding day, or at the
	 * end of the month when there is none (民法143条). Left 2026-03-31 → kept to 2028-03-31;
	 * left 2026-02-28 → kept to 2028-02-29.
	 * @param leftOn the last day the driver was appointed (退任日)
	 * @return the last day the entry must be kept
	 */
	public static LocalDate retainUntil(LocalDate leftOn) {
		LocalDate start = leftOn.plusDays(1);
		LocalDate corresponding = start.plusYears(RETENTION_YEARS);
		boolean clamped = corresponding.getDayOfMonth() < start.getDayOfMonth();
		return clamped ? corresponding : corresponding.minusDays(1);
	}

	/**
	 * Whether a leaver's entry may be deleted: the retention has ended.
	 * @param leftOn the last day the driver was appointed
	 * @param today the day to look from
	 * @return {@code true} from the day after {@link #retainUntil(LocalDate)}
	 */
	public static boolean mayDiscard(LocalDate leftOn, LocalDate today) {
		return today.isAfter(retainUntil(leftOn));
	}

	private static QualificationCheck suspensionBeforeAppointment(Licence licence, LocalDate appointedOn) {
		LocalDate windowStart = suspensionWindowStart(appointedOn);
		Optional<Suspension> suspension = licence.suspensionBetween(windowStart, appointedOn);
		return suspension
			.map((found) -> QualificationCheck.failed("driver.licence.suspendedBeforeAppointment", found.from(),
					found.to(), windowStart, appointedOn))
			.orElseGet(() -> QualificationCheck.passed("driver.licence.noSuspensionBeforeAppointment", windowStart,
					appointedOn));
	}

	private static QualificationCheck course(DriverProfile driver, ApprovedCourse course, LocalDate date) {
		return driver.completed(course, date)
				? QualificationCheck.passed("driver.course.completed", course, driver.courses().get(course))
				: QualificationCheck.failed("driver.course.missing", course);
	}

	private static QualificationCheck sedan(DriverProfile driver, Duty duty, LocalDate date) {
		if (driver.completed(ApprovedCourse.SEDAN_DRIVER, date)) {
			return QualificationCheck.passed("driver.sedan.course", driver.courses().get(ApprovedCourse.SEDAN_DRIVER));
		}
		if (driver.careWorker()) {
			return QualificationCheck.passed("driver.sedan.careWorker");
		}
		if (duty.sedanCoveredByCrew()) {
			return QualificationCheck.passed("driver.sedan.crew");
		}
		return QualificationCheck.failed("driver.sedan.missing");
	}

}
