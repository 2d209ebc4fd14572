package jp.kyogikai.vehicle.rule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A vehicle's voluntary insurance or mutual-aid cover (任意保険・共済) as the rules see it.
 *
 * @param from the first day of the policy period
 * @param to the last day of the policy period
 * @param perPerson 対人賠償, per person
 * @param property 対物賠償, per accident
 * @param passenger 搭乗者傷害 (or 人身傷害 covering passengers), per passenger;
 * {@link CoverAmount#none()} when the policy has none
 */
public record InsurancePolicy(LocalDate from, LocalDate to, CoverAmount perPerson, CoverAmount property,
		CoverAmount passenger) {

	public InsurancePolicy {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(perPerson, "perPerson");
		Objects.requireNonNull(property, "property");
		Objects.requireNonNull(passenger, "passenger");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("保険期間の終了日が開始日より前です: " + from + "～" + to);
		}
	}

}
