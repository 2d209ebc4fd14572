package jp.kyogikai.vehicle;

import java.time.LocalDate;

/**
 * A vehicle's 車検 or insurance that ends soon (or has ended).
 *
 * @param operatorId the operator
 * @param operatorName its name
 * @param plateNumber the vehicle's 自動車登録番号
 * @param kind what ends
 * @param date the last day
 */
public record VehicleExpiry(long operatorId, String operatorName, String plateNumber, Deadline kind, LocalDate date) {

	/**
	 * What ends.
	 */
	public enum Deadline {

		/** 車検 (自動車検査証の有効期間). */
		INSPECTION,

		/** 任意保険の保険期間. */
		INSURANCE

	}

}
