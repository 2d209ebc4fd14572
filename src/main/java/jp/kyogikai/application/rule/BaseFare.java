package jp.kyogikai.application.rule;

import java.util.List;
import java.util.OptionalLong;

/**
 * The base fare of a schedule (運賃): {@link DistanceFare 距離制}, {@link TimeFare 時間制} or
 * {@link FlatFare 定額制}. Other charges ({@link OtherCharge}) come on top.
 */
public sealed interface BaseFare permits DistanceFare, TimeFare, FlatFare {

	/**
	 * How the fare is set.
	 * @return the method
	 */
	FareMethod method();

	/**
	 * What a ride costs.
	 * @param trip the ride
	 * @return the fare in yen
	 * @throws IllegalStateException when the fare has violations (check
	 * {@link #violations()} first)
	 */
	long fare(Trip trip);

	/**
	 * What is wrong with the figures.
	 * @return the violations, with the fields named as the record's components; empty
	 * when the fare can be used
	 */
	List<ApplicationViolation> violations();

	/**
	 * Whether a sample trip says something about this fare: distance samples for a
	 * distance fare, the time sample for a time fare, every sample for a flat fare.
	 * @param sample the sample trip
	 * @return {@code true} when the fare of the sample is meaningful
	 */
	default boolean appliesTo(SampleTrip sample) {
		return method() == FareMethod.FLAT || method() == sample.measure();
	}

	/**
	 * What a sample trip costs.
	 * @param sample the sample trip
	 * @return the fare, or empty when the sample does not apply to this fare
	 * @throws IllegalStateException when the fare has violations
	 */
	default OptionalLong fareFor(SampleTrip sample) {
		return appliesTo(sample) ? OptionalLong.of(fare(sample.trip())) : OptionalLong.empty();
	}

}
