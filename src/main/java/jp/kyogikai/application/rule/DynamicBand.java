package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.List;

/**
 * ダイナミックプライシング: how far the fare charged may move from the normal fare, at most 5割増
 * (+50%) and 5割引 (−50%). The limits are exact: a charge may reach the limit but not pass
 * it, so on a normal fare of ¥1,000 with ±50% anything from ¥500 to ¥1,500 is allowed.
 * Where the limit falls between two yen, the allowed charges are those within it (on
 * ¥1,235, +50% is ¥1,852.5: ¥1,852 is allowed, ¥1,853 is not; −50% is ¥617.5: ¥618 is
 * allowed, ¥617 is not).
 *
 * @param upperPercent the largest increase in percent of the normal fare (0 to 50)
 * @param lowerPercent the largest reduction in percent of the normal fare (0 to 50)
 */
public record DynamicBand(int upperPercent, int lowerPercent) {

	/** 5割増 / 5割引: the widest band the law allows. */
	public static final int MAX_PERCENT = 50;

	private static final DynamicBand NONE = new DynamicBand(0, 0);

	/**
	 * No dynamic pricing: only the normal fare may be charged.
	 * @return the band 0% / 0%
	 */
	public static DynamicBand none() {
		return NONE;
	}

	/**
	 * Whether the schedule uses dynamic pricing at all.
	 * @return {@code true} when either limit is above zero
	 */
	public boolean isDynamic() {
		return this.upperPercent > 0 || this.lowerPercent > 0;
	}

	/**
	 * What is wrong with the band.
	 * @return {@code upperPercent} / {@code lowerPercent} with
	 * {@code fare.dynamicBand.range} (argument: the maximum) when outside 0 to 50; empty
	 * otherwise
	 */
	public List<ApplicationViolation> violations() {
		List<ApplicationViolation> violations = new ArrayList<>();
		if (this.upperPercent < 0 || this.upperPercent > MAX_PERCENT) {
			violations.add(new ApplicationViolation("upperPercent", "fare.dynamicBand.range", MAX_PERCENT));
		}
		if (this.lowerPercent < 0 || this.lowerPercent > MAX_PERCENT) {
			violations.add(new ApplicationViolation("lowerPercent", "fare.dynamicBand.range", MAX_PERCENT));
		}
		return violations;
	}

	/**
	 * The highest charge allowed.
	 * @param normalFare the normal fare in yen
	 * @return the normal fare plus the upper percentage, rounded down to the yen
	 */
	public long highest(long normalFare) {
		check(normalFare);
		return Math.multiplyExact(normalFare, 100 + this.upperPercent) / 100;
	}

	/**
	 * The lowest charge allowed.
	 * @param normalFare the normal fare in yen
	 * @return the normal fare less the lower percentage, rounded up to the yen
	 */
	public long lowest(long normalFare) {
		check(normalFare);
		long scaled = Math.multiplyExact(normalFare, 100 - this.lowerPercent);
		return scaled / 100 + ((scaled % 100 == 0) ? 0 : 1);
	}

	/**
	 * Whether a charge stays within the band around the normal fare.
	 * @param normalFare the fare the schedule gives for the ride
	 * @param chargedFare the fare actually asked
	 * @return {@code true} when {@link #lowest} ≤ charged ≤ {@link #highest}
	 */
	public boolean allows(long normalFare, long chargedFare) {
		return chargedFare >= lowest(normalFare) && chargedFare <= highest(normalFare);
	}

	private void check(long normalFare) {
		FareLimits.requireValid(this, violations());
		if (normalFare < 0) {
			throw new IllegalArgumentException("通常の対価が不正です: " + normalFare);
		}
	}

}
