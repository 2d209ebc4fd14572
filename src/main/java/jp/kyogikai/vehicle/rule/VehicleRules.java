package jp.kyogikai.vehicle.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jp.kyogikai.operator.rule.ServiceKind;

/**
 * The law's checks on a vehicle itself:
 * <ul>
 * <li>its type belongs to a transport kind the operator runs
 * ({@code vehicle.type.kindNotRun}, arguments: type, its kind);</li>
 * <li>a vehicle for 福祉有償運送 has fewer than 11 seats, i.e. at most 10
 * ({@code vehicle.seats.tooMany}, arguments: seats, the maximum); 交通空白地有償運送 has no
 * limit;</li>
 * <li>the 自動車検査証 is valid on the day, its last day included
 * ({@code vehicle.inspection.expired}, argument: the last day), with a warning when it
 * ends within the given days ({@code vehicle.inspection.expiresSoon}, arguments: the last
 * day, days left).</li>
 * </ul>
 */
public final class VehicleRules {

	/** 福祉有償運送: 乗車定員11人未満. */
	public static final int MAX_WELFARE_SEATS = 10;

	private VehicleRules() {
	}

	/**
	 * Whether a vehicle of this type may have so many seats.
	 * @param type the vehicle type
	 * @param seats 乗車定員
	 * @return {@code false} only for a welfare type with 11 seats or more
	 */
	public static boolean seatsAllowed(VehicleType type, int seats) {
		return type.serviceKind() != ServiceKind.WELFARE || seats <= MAX_WELFARE_SEATS;
	}

	/**
	 * Whether the 自動車検査証 is valid on a day.
	 * @param expiresOn the last day of its validity
	 * @param date the day
	 * @return {@code true} up to and including the last day
	 */
	public static boolean inspectionValid(LocalDate expiresOn, LocalDate date) {
		return !date.isAfter(expiresOn);
	}

	/**
	 * Checks a vehicle on a day.
	 * @param vehicle the vehicle's facts
	 * @param operatorKinds the transport kinds the operator runs
	 * @param date the day of the check (today)
	 * @param warningDays how many days before the 車検 expiry to warn (the dashboard uses
	 * 60)
	 * @return every violation and warning, in the order listed above; empty when all is
	 * well
	 */
	public static List<VehicleFinding> check(VehicleProfile vehicle, Set<ServiceKind> operatorKinds, LocalDate date,
			int warningDays) {
		Objects.requireNonNull(vehicle, "vehicle");
		Objects.requireNonNull(operatorKinds, "operatorKinds");
		Objects.requireNonNull(date, "date");
		if (warningDays < 0) {
			throw new IllegalArgumentException("日数は0以上です: " + warningDays);
		}
		List<VehicleFinding> findings = new ArrayList<>();
		if (!operatorKinds.contains(vehicle.type().serviceKind())) {
			findings
				.add(VehicleFinding.violation("vehicle.type.kindNotRun", vehicle.type(), vehicle.type().serviceKind()));
		}
		if (!seatsAllowed(vehicle.type(), vehicle.seats())) {
			findings.add(VehicleFinding.violation("vehicle.seats.tooMany", vehicle.seats(), MAX_WELFARE_SEATS));
		}
		LocalDate expiresOn = vehicle.inspectionExpiresOn();
		long daysLeft = ChronoUnit.DAYS.between(date, expiresOn);
		if (!inspectionValid(expiresOn, date)) {
			findings.add(VehicleFinding.violation("vehicle.inspection.expired", expiresOn));
		}
		else if (daysLeft <= warningDays) {
			findings.add(VehicleFinding.warning("vehicle.inspection.expiresSoon", expiresOn, daysLeft));
		}
		return findings;
	}

}
