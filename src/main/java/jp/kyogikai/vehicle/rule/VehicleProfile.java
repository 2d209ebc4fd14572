package jp.kyogikai.vehicle.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The facts of a vehicle the law checks.
 *
 * @param type the vehicle type
 * @param seats 乗車定員 from the 自動車検査証, at least 1
 * @param inspectionExpiresOn the last day of the 自動車検査証's validity (車検の有効期間の満了日)
 */
public record VehicleProfile(VehicleType type, int seats, LocalDate inspectionExpiresOn) {

	public VehicleProfile {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(inspectionExpiresOn, "inspectionExpiresOn");
		if (seats < 1) {
			throw new IllegalArgumentException("乗車定員が不正です: " + seats);
		}
	}

}
