package jp.kyogikai.vehicle;

import java.util.List;

/**
 * A vehicle in the list with what the rules found, in Japanese.
 *
 * @param vehicle the vehicle
 * @param officeName the office it belongs to, {@code null} when none
 * @param findings the findings (violations and warnings); empty when it passes
 */
public record VehicleView(Vehicle vehicle, String officeName, List<Finding> findings) {

	public boolean passes() {
		return this.findings.isEmpty();
	}

	/**
	 * One finding as the page shows it.
	 *
	 * @param text the Japanese message
	 * @param violation whether it is a violation rather than a warning
	 */
	public record Finding(String text, boolean violation) {

	}

}
