package jp.kyogikai.application.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The local taxi fare a municipality's staff keep for comparison (タクシー運賃): 初乗り and 加算 by
 * distance, and optionally the 時間制運賃 (hire by time), modelled simply as a fare per
 * started unit of minutes. The taxi's 時間距離併用 (time added while slow) is left out.
 *
 * @param initialMetres the distance of the 初乗り運賃
 * @param initialFare the 初乗り運賃 in yen
 * @param incrementMetres the 加算距離
 * @param incrementFare the 加算運賃 per started increment
 * @param timeMinutes the unit of the 時間制運賃 in minutes; 0 when not kept
 * @param timeFare the 時間制運賃 per started unit; 0 when not kept
 */
public record TaxiFare(int initialMetres, long initialFare, int incrementMetres, long incrementFare, int timeMinutes,
		long timeFare) {

	/**
	 * A taxi fare by distance only.
	 * @param initialMetres the distance of the 初乗り運賃
	 * @param initialFare the 初乗り運賃
	 * @param incrementMetres the 加算距離
	 * @param incrementFare the 加算運賃
	 * @return the fare, without a 時間制運賃
	 */
	public static TaxiFare byDistance(int initialMetres, long initialFare, int incrementMetres, long incrementFare) {
		return new TaxiFare(initialMetres, initialFare, incrementMetres, incrementFare, 0, 0);
	}

	/**
	 * Whether a 時間制運賃 is kept.
	 * @return {@code true} when the time unit is set
	 */
	public boolean hasTimeFare() {
		return this.timeMinutes > 0;
	}

	/**
	 * What is wrong with the figures; every amount and distance must be above zero.
	 * @return violations of the components' fields ({@code fare.amount.range},
	 * {@code fare.metres.range}, {@code fare.minutes.range}), and {@code timeMinutes} /
	 * {@code taxiFare.time.incomplete} for a 時間制運賃 without its unit
	 */
	public List<ApplicationViolation> violations() {
		List<ApplicationViolation> violations = new ArrayList<>();
		FareLimits.metres(violations, "initialMetres", this.initialMetres, 1);
		FareLimits.amount(violations, "initialFare", this.initialFare, 1);
		FareLimits.metres(violations, "incrementMetres", this.incrementMetres, 1);
		FareLimits.amount(violations, "incrementFare", this.incrementFare, 1);
		if (this.timeMinutes == 0 && this.timeFare != 0) {
			violations.add(new ApplicationViolation("timeMinutes", "taxiFare.time.incomplete"));
		}
		else if (this.timeMinutes != 0) {
			FareLimits.minutes(violations, "timeMinutes", this.timeMinutes, 1);
			FareLimits.amount(violations, "timeFare", this.timeFare, 1);
		}
		return violations;
	}

	/**
	 * The meter's fare for a distance.
	 * @param metres the distance
	 * @return 初乗り, plus 加算 for every started increment beyond it
	 * @throws IllegalStateException when the fare has violations
	 */
	public long fareForMetres(int metres) {
		FareLimits.requireValid(this, violations());
		return FareLimits.stepped(this.initialFare, this.initialMetres, this.incrementMetres, this.incrementFare,
				metres);
	}

	/**
	 * The 時間制運賃 for a time.
	 * @param minutes the time
	 * @return the fare per started unit (at least one unit), or empty when no 時間制運賃 is
	 * kept
	 * @throws IllegalStateException when the fare has violations
	 */
	public OptionalLong fareForMinutes(int minutes) {
		FareLimits.requireValid(this, violations());
		if (!hasTimeFare()) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(FareLimits.stepped(0, 0, this.timeMinutes, this.timeFare, Math.max(1, minutes)));
	}

	/**
	 * The taxi fare of a sample trip.
	 * @param sample the sample trip
	 * @return the distance fare of a distance sample, the 時間制運賃 of a time sample, or
	 * empty for a time sample without a 時間制運賃
	 * @throws IllegalStateException when the fare has violations
	 */
	public OptionalLong fareFor(SampleTrip sample) {
		if (sample.measure() == FareMethod.TIME) {
			return fareForMinutes(sample.trip().minutes());
		}
		return OptionalLong.of(fareForMetres(sample.trip().metres()));
	}

}
