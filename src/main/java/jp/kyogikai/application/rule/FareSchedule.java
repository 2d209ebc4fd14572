package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The fares an operator proposes or charges (対価): a base fare, the charges besides it,
 * and the dynamic band if any. Built from the form as typed; {@link #violations()} says
 * what is wrong, and the fares can be calculated once there is nothing.
 *
 * @param fare the base fare; {@code null} until the operator chooses a method
 * @param otherCharges the charges besides the fare, in the order published (an empty row
 * of the form may be {@code null}; it is reported as a violation)
 * @param dynamicBand the dynamic band; {@link DynamicBand#none()} when not used
 */
public record FareSchedule(BaseFare fare, List<OtherCharge> otherCharges, DynamicBand dynamicBand) {

	/** The most other charges one schedule lists. */
	public static final int MAX_OTHER_CHARGES = 20;

	public FareSchedule {
		otherCharges = (otherCharges != null) ? Collections.unmodifiableList(new ArrayList<>(otherCharges)) : List.of();
		dynamicBand = (dynamicBand != null) ? dynamicBand : DynamicBand.none();
	}

	/**
	 * A schedule of a base fare alone.
	 * @param fare the base fare
	 * @return the schedule, without other charges or dynamic band
	 */
	public static FareSchedule of(BaseFare fare) {
		return new FareSchedule(fare, List.of(), DynamicBand.none());
	}

	/**
	 * How the base fare is set.
	 * @return the method, or {@code null} when none is chosen yet
	 */
	public FareMethod method() {
		return (this.fare != null) ? this.fare.method() : null;
	}

	/**
	 * Everything wrong with the schedule.
	 * @return {@code fare} / {@code fare.required} without a base fare, the base fare's
	 * violations under {@code fare.}, each other charge's under {@code otherCharges[i].},
	 * {@code otherCharges} / {@code fare.otherCharges.tooMany} beyond
	 * {@value #MAX_OTHER_CHARGES}, and the band's under {@code dynamicBand.}; empty when
	 * the schedule can be used
	 */
	public List<ApplicationViolation> violations() {
		List<ApplicationViolation> violations = new ArrayList<>();
		if (this.fare == null) {
			violations.add(new ApplicationViolation("fare", "fare.required"));
		}
		else {
			this.fare.violations().forEach((v) -> violations.add(v.under("fare")));
		}
		if (this.otherCharges.size() > MAX_OTHER_CHARGES) {
			violations.add(new ApplicationViolation("otherCharges", "fare.otherCharges.tooMany", MAX_OTHER_CHARGES));
		}
		for (int i = 0; i < this.otherCharges.size(); i++) {
			OtherCharge charge = this.otherCharges.get(i);
			if (charge == null) {
				violations.add(new ApplicationViolation("otherCharges[" + i + "].kind",
						"fare.otherCharge.kind.required", i + 1));
			}
			else {
				violations.addAll(charge.violations(i));
			}
		}
		this.dynamicBand.violations().forEach((v) -> violations.add(v.under("dynamicBand")));
		return violations;
	}

	/**
	 * Whether the schedule can be used for calculations.
	 * @return {@code true} when there are no violations
	 */
	public boolean isValid() {
		return violations().isEmpty();
	}

	/**
	 * The normal fare of a ride, without other charges.
	 * @param trip the ride
	 * @return the base fare's amount in yen
	 * @throws IllegalStateException when the schedule has violations
	 */
	public long fare(Trip trip) {
		Objects.requireNonNull(trip, "trip");
		FareLimits.requireValid(this, violations());
		return this.fare.fare(trip);
	}

	/**
	 * Whether a charge for a ride stays within the dynamic band around its normal fare.
	 * @param trip the ride
	 * @param chargedFare the fare asked, without other charges
	 * @return {@code true} when allowed; without a band, only the normal fare is
	 * @throws IllegalStateException when the schedule has violations
	 */
	public boolean allowsCharge(Trip trip, long chargedFare) {
		return this.dynamicBand.allows(fare(trip), chargedFare);
	}

}
