package jp.kyogikai.vehicle.rule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a vehicle's insurance against the council's minimums on a day (損害賠償措置).
 * Findings, in this order:
 * <ul>
 * <li>{@code insurance.missing}: no policy on file;</li>
 * <li>{@code insurance.notStarted} (argument: first day) before the policy period,
 * {@code insurance.expired} (argument: last day) after it, or the warning
 * {@code insurance.expiresSoon} (arguments: last day, days left) when it ends within the
 * given days; the first and the last day are covered;</li>
 * <li>{@code insurance.perPerson.below} and {@code insurance.property.below} (arguments:
 * the cover, the minimum in yen) when the cover is less than the minimum; exactly the
 * minimum is enough, unlimited always is. When the minimum is 無制限 only unlimited cover
 * reaches it: {@code insurance.perPerson.notUnlimited} and
 * {@code insurance.property.notUnlimited} (argument: the cover in yen);</li>
 * <li>when passenger cover is required: {@code insurance.passenger.missing} without any,
 * or {@code insurance.passenger.below} (arguments: the cover, the minimum) under the
 * minimum ({@code insurance.passenger.notUnlimited}, argument: the cover, under a 無制限
 * minimum).</li>
 * </ul>
 * The amounts are checked even outside the policy period, so one look shows everything
 * that needs fixing.
 */
public final class InsuranceCover {

	private InsuranceCover() {
	}

	/**
	 * Checks a policy on a day.
	 * @param policy the vehicle's policy; {@code null} when none is on file
	 * @param minimums the council's minimums
	 * @param date the day of the check (today)
	 * @param warningDays how many days before the end of the policy to warn (the
	 * dashboard uses 60)
	 * @return every violation and warning; empty when the vehicle is properly insured
	 */
	public static List<VehicleFinding> check(InsurancePolicy policy, InsuranceMinimums minimums, LocalDate date,
			int warningDays) {
		Objects.requireNonNull(minimums, "minimums");
		Objects.requireNonNull(date, "date");
		if (warningDays < 0) {
			throw new IllegalArgumentException("日数は0以上です: " + warningDays);
		}
		if (policy == null) {
			return List.of(VehicleFinding.violation("insurance.missing"));
		}
		List<VehicleFinding> findings = new ArrayList<>();
		long daysLeft = ChronoUnit.DAYS.between(date, policy.to());
		if (date.isBefore(policy.from())) {
			findings.add(VehicleFinding.violation("insurance.notStarted", policy.from()));
		}
		else if (date.isAfter(policy.to())) {
			findings.add(VehicleFinding.violation("insurance.expired", policy.to()));
		}
		else if (daysLeft <= warningDays) {
			findings.add(VehicleFinding.warning("insurance.expiresSoon", policy.to(), daysLeft));
		}
		if (!policy.perPerson().reaches(minimums.perPerson())) {
			findings.add(shortfall(policy.perPerson(), minimums.perPerson(), "insurance.perPerson.below",
					"insurance.perPerson.notUnlimited"));
		}
		if (!policy.property().reaches(minimums.property())) {
			findings.add(shortfall(policy.property(), minimums.property(), "insurance.property.below",
					"insurance.property.notUnlimited"));
		}
		if (minimums.passengerRequired()) {
			if (!policy.passenger().isPresent()) {
				findings.add(VehicleFinding.violation("insurance.passenger.missing"));
			}
			else if (!policy.passenger().reaches(minimums.passenger())) {
				findings.add(shortfall(policy.passenger(), minimums.passenger(), "insurance.passenger.below",
						"insurance.passenger.notUnlimited"));
			}
		}
		return findings;
	}

	private static VehicleFinding shortfall(CoverAmount amount, CoverAmount minimum, String belowCode,
			String notUnlimitedCode) {
		if (minimum.isUnlimited()) {
			return VehicleFinding.violation(notUnlimitedCode, amount.yen());
		}
		return VehicleFinding.violation(belowCode, amount.yen(), minimum.yen());
	}

}
