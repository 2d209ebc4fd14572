package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * A charge besides the fare (迎車回送料金, 待機料金, 介助料, キャンセル料 …), with the rule for when it
 * applies, as the council agrees it and the operator publishes it.
 *
 * @param kind the kind
 * @param name the name shown to passengers; required for {@link ChargeKind#OTHER},
 * otherwise optional (the kind's label is used when blank)
 * @param amount the amount per unit in yen
 * @param unit what the amount is charged per
 * @param unitSize the minutes of {@link ChargeUnit#PER_MINUTES} or the metres of
 * {@link ChargeUnit#PER_DISTANCE}; ignored for {@link ChargeUnit#PER_TRIP}
 * @param appliesWhen when the charge applies, in the operator's words ("前日17時以降の取消し",
 * "病院での待機が30分を超えたとき")
 */
public record OtherCharge(ChargeKind kind, String name, long amount, ChargeUnit unit, int unitSize,
		String appliesWhen) {

	/** The longest name accepted. */
	public static final int MAX_NAME_LENGTH = 50;

	/** The longest description of when the charge applies. */
	public static final int MAX_APPLIES_WHEN_LENGTH = 200;

	/**
	 * A charge made once per ride.
	 * @param kind the kind
	 * @param name the name, or {@code null}
	 * @param amount the amount in yen
	 * @param appliesWhen when it applies
	 * @return the charge
	 */
	public static OtherCharge perTrip(ChargeKind kind, String name, long amount, String appliesWhen) {
		return new OtherCharge(kind, name, amount, ChargeUnit.PER_TRIP, 0, appliesWhen);
	}

	/**
	 * A charge per started number of minutes.
	 * @param kind the kind
	 * @param name the name, or {@code null}
	 * @param amount the amount per unit in yen
	 * @param minutes the minutes of one unit
	 * @param appliesWhen when it applies
	 * @return the charge
	 */
	public static OtherCharge perMinutes(ChargeKind kind, String name, long amount, int minutes, String appliesWhen) {
		return new OtherCharge(kind, name, amount, ChargeUnit.PER_MINUTES, minutes, appliesWhen);
	}

	/**
	 * A charge per started distance.
	 * @param kind the kind
	 * @param name the name, or {@code null}
	 * @param amount the amount per unit in yen
	 * @param metres the metres of one unit
	 * @param appliesWhen when it applies
	 * @return the charge
	 */
	public static OtherCharge perDistance(ChargeKind kind, String name, long amount, int metres, String appliesWhen) {
		return new OtherCharge(kind, name, amount, ChargeUnit.PER_DISTANCE, metres, appliesWhen);
	}

	/**
	 * What the charge comes to.
	 * @param quantity how many times a per-trip charge applies, the minutes of a
	 * per-minutes charge or the metres of a per-distance charge
	 * @return the amount in yen: per started unit for minutes and distance, zero for a
	 * quantity of zero
	 * @throws IllegalStateException when the charge has violations
	 * @throws IllegalArgumentException for a negative quantity
	 */
	public long amountFor(int quantity) {
		FareLimits.requireValid(this, violations(0));
		if (quantity < 0) {
			throw new IllegalArgumentException("数量が不正です: " + quantity);
		}
		if (this.unit == ChargeUnit.PER_TRIP) {
			return Math.multiplyExact(this.amount, quantity);
		}
		return FareLimits.stepped(0, 0, this.unitSize, this.amount, quantity);
	}

	/**
	 * What is wrong with the charge, as the {@code index}-th of a schedule's list.
	 * @param index the position in the list, from 0
	 * @return violations on {@code otherCharges[index].kind}, {@code .name},
	 * {@code .amount}, {@code .unit}, {@code .unitSize} and {@code .appliesWhen}; each
	 * quotes the row number (index + 1) first
	 */
	public List<ApplicationViolation> violations(int index) {
		List<ApplicationViolation> violations = new ArrayList<>();
		String path = "otherCharges[" + index + "].";
		int row = index + 1;
		if (this.kind == null) {
			violations.add(new ApplicationViolation(path + "kind", "fare.otherCharge.kind.required", row));
		}
		if (isBlank(this.name)) {
			if (this.kind == ChargeKind.OTHER) {
				violations.add(new ApplicationViolation(path + "name", "fare.otherCharge.name.required", row));
			}
		}
		else if (this.name.strip().length() > MAX_NAME_LENGTH) {
			violations
				.add(new ApplicationViolation(path + "name", "fare.otherCharge.name.tooLong", row, MAX_NAME_LENGTH));
		}
		if (this.amount < 0 || this.amount > FareLimits.MAX_AMOUNT) {
			violations.add(new ApplicationViolation(path + "amount", "fare.otherCharge.amount.range", row,
					FareLimits.MAX_AMOUNT));
		}
		if (this.unit == null) {
			violations.add(new ApplicationViolation(path + "unit", "fare.otherCharge.unit.required", row));
		}
		else if (this.unit == ChargeUnit.PER_MINUTES && (this.unitSize < 1 || this.unitSize > FareLimits.MAX_MINUTES)) {
			violations.add(new ApplicationViolation(path + "unitSize", "fare.otherCharge.unitMinutes.range", row,
					FareLimits.MAX_MINUTES));
		}
		else if (this.unit == ChargeUnit.PER_DISTANCE && (this.unitSize < 1 || this.unitSize > FareLimits.MAX_METRES)) {
			violations.add(new ApplicationViolation(path + "unitSize", "fare.otherCharge.unitMetres.range", row,
					FareLimits.MAX_METRES));
		}
		if (isBlank(this.appliesWhen)) {
			violations
				.add(new ApplicationViolation(path + "appliesWhen", "fare.otherCharge.appliesWhen.required", row));
		}
		else if (this.appliesWhen.strip().length() > MAX_APPLIES_WHEN_LENGTH) {
			violations.add(new ApplicationViolation(path + "appliesWhen", "fare.otherCharge.appliesWhen.tooLong", row,
					MAX_APPLIES_WHEN_LENGTH));
		}
		return violations;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
