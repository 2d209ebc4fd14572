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
 * A brought-in vehicle (持込み車両) is checked by {@link #useAgreement} as well.
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

	/**
	 * Checks the use agreement (使用権原を証する書類) of a vehicle on a day. The operator must hold
	 * the right to use every vehicle; a driver's own car (持込み車両) needs a use agreement:
	 * <ul>
	 * <li>without one on file: {@code vehicle.useAgreement.missing};</li>
	 * <li>before its first day: {@code vehicle.useAgreement.notStarted} (argument: the
	 * first day); after its last day: {@code vehicle.useAgreement.expired} (argument: the
	 * last day); the warning {@code vehicle.useAgreement.expiresSoon} (arguments: the
	 * last day, days left) when it ends within the given days. Both ends are included; an
	 * agreement without a period is valid.</li>
	 * </ul>
	 * A vehicle the operator owns (or leases) needs none, even with a document on file.
	 * @param broughtIn whether the vehicle is a brought-in one
	 * @param agreement the agreement on file, {@code null} when none is
	 * @param date the day of the check (today)
	 * @param warningDays how many days before the end to warn
	 * @return the violations and warnings; empty when all is well
	 */
	public static List<VehicleFinding> useAgreement(boolean broughtIn, UseAgreement agreement, LocalDate date,
			int warningDays) {
		Objects.requireNonNull(date, "date");
		if (warningDays < 0) {
			throw new IllegalArgumentException("日数は0以上です: " + warningDays);
		}
		if (!broughtIn) {
			return List.of();
		}
		if (agreement == null) {
			return List.of(VehicleFinding.violation("vehicle.useAgreement.missing"));
		}
		if (agreement.from() != null && date.isBefore(agreement.from())) {
			return List.of(VehicleFinding.violation("vehicle.useAgreement.notStarted", agreement.from()));
		}
		if (agreement.to() != null) {
			if (date.isAfter(agreement.to())) {
				return List.of(VehicleFinding.violation("vehicle.useAgreement.expired", agreement.to()));
			}
			long daysLeft = ChronoUnit.DAYS.between(date, agreement.to());
			if (daysLeft <= warningDays) {
				return List.of(VehicleFinding.warning("vehicle.useAgreement.expiresSoon", agreement.to(), daysLeft));
			}
		}
		return List.of();
	}

}
