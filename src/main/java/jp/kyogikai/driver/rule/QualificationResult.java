package jp.kyogikai.driver.rule;

import java.util.List;

/**
 * Whether a driver qualifies, with every check made, in the order a compliance view shows
 * them (see {@link DriverQualification}).
 *
 * @param checks the checks, passed and failed
 */
public record QualificationResult(List<QualificationCheck> checks) {

	public QualificationResult {
		checks = List.copyOf(checks);
	}

	/**
	 * Whether the driver may drive: every check passed.
	 * @return {@code true} when no check failed
	 */
	public boolean qualified() {
		return this.checks.stream().allMatch(QualificationCheck::passed);
	}

	/**
	 * The checks that failed: the reasons the driver does not qualify.
	 * @return the failed checks, in order
	 */
	public List<QualificationCheck> failures() {
		return this.checks.stream().filter((check) -> !check.passed()).toList();
	}

	/**
	 * The message codes of all checks, in order.
	 * @return the codes
	 */
	public List<String> codes() {
		return this.checks.stream().map(QualificationCheck::code).toList();
	}

}
