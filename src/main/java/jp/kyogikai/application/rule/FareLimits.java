package jp.kyogikai.application.rule;

import java.util.List;

/**
 * The bounds every fare figure must respect, wide enough for any real schedule and narrow
 * enough to catch a mistyped one; and the checks that report a figure outside them.
 */
public final class FareLimits {

	/** The largest amount of one fare component or charge: 10万円. */
	public static final long MAX_AMOUNT = 100_000L;

	/** The longest base or increment distance: 100km. */
	public static final int MAX_METRES = 100_000;

	/** The longest base or increment time: 24 hours. */
	public static final int MAX_MINUTES = 1_440;

	private FareLimits() {
	}

	static void amount(List<ApplicationViolation> violations, String field, long yen, long min) {
		if (yen < min || yen > MAX_AMOUNT) {
			violations.add(new ApplicationViolation(field, "fare.amount.range", min, MAX_AMOUNT));
		}
	}

	static void metres(List<ApplicationViolation> violations, String field, int metres, int min) {
		if (metres < min || metres > MAX_METRES) {
			violations.add(new ApplicationViolation(field, "fare.metres.range", min, MAX_METRES));
		}
	}

	static void minutes(List<ApplicationViolation> violations, String field, int minutes, int min) {
		if (minutes < min || minutes > MAX_MINUTES) {
			violations.add(new ApplicationViolation(field, "fare.minutes.range", min, MAX_MINUTES));
		}
	}

	/**
	 * A base amount, then an increment amount for every started increment beyond the base
	 * (加算距離・加算時間に満たない端数は1加算とする).
	 */
	static long stepped(long baseFare, int baseUnits, int incrementUnits, long incrementFare, int used) {
		long beyond = (long) used - baseUnits;
		if (beyond <= 0) {
			return baseFare;
		}
		long increments = beyond / incrementUnits + ((beyond % incrementUnits == 0) ? 0 : 1);
		return Math.addExact(baseFare, Math.multiplyExact(increments, incrementFare));
	}

	static void requireValid(Object fare, List<ApplicationViolation> violations) {
		if (!violations.isEmpty()) {
			throw new IllegalStateException("運賃の設定に誤りがあるため計算できません: " + fare + " " + violations);
		}
	}

}
