package jp.kyogikai.application.rule;

/**
 * One ride, as far as the fare is concerned.
 *
 * @param metres the distance driven with the passenger
 * @param minutes the time the ride takes
 */
public record Trip(int metres, int minutes) {

	public Trip {
		if (metres < 0 || minutes < 0) {
			throw new IllegalArgumentException("乗車の距離・時間が不正です: " + metres + "m, " + minutes + "分");
		}
	}

	/**
	 * A ride measured by its distance.
	 * @param metres the distance
	 * @return the trip, taking no time
	 */
	public static Trip ofMetres(int metres) {
		return new Trip(metres, 0);
	}

	/**
	 * A ride measured by its time.
	 * @param minutes the time
	 * @return the trip, covering no distance
	 */
	public static Trip ofMinutes(int minutes) {
		return new Trip(0, minutes);
	}

}
