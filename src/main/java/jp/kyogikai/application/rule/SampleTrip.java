package jp.kyogikai.application.rule;

/**
 * The trips an application's fares are shown for, beside the local taxi fare: three
 * distances for distance fares and half an hour for time fares; a flat fare applies to
 * all four.
 */
public enum SampleTrip {

	/** 2km. */
	KM_2(FareMethod.DISTANCE, Trip.ofMetres(2_000)),

	/** 5km. */
	KM_5(FareMethod.DISTANCE, Trip.ofMetres(5_000)),

	/** 10km. */
	KM_10(FareMethod.DISTANCE, Trip.ofMetres(10_000)),

	/** 30分. */
	MIN_30(FareMethod.TIME, Trip.ofMinutes(30));

	private final FareMethod measure;

	private final Trip trip;

	SampleTrip(FareMethod measure, Trip trip) {
		this.measure = measure;
		this.trip = trip;
	}

	/**
	 * What the sample measures: {@link FareMethod#DISTANCE} or {@link FareMethod#TIME}.
	 * @return the method whose fares the sample is meant for
	 */
	public FareMethod measure() {
		return this.measure;
	}

	/**
	 * The ride.
	 * @return the distance or the time of the sample
	 */
	public Trip trip() {
		return this.trip;
	}

}
