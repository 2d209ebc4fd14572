package jp.kyogikai.driver;

import java.util.List;

/**
 * A driver's licence suspensions and 違反・事故歴, the latest first. Personal data: shown only
 * to staff of the operator's municipality and the operator itself.
 *
 * @param suspensions the licence suspensions
 * @param violations the traffic violations and accidents
 */
public record DriverRecords(List<DriverSuspension> suspensions, List<DriverViolation> violations) {

	public DriverRecords {
		suspensions = List.copyOf(suspensions);
		violations = List.copyOf(violations);
	}

}
