package jp.kyogikai.vehicle.rule;

import java.util.List;
import java.util.Objects;

/**
 * One thing found when checking a vehicle or its insurance: a violation (the vehicle may
 * not be used as it is) or a warning (something expires soon).
 *
 * @param severity violation or warning
 * @param code the message code (resolved to Japanese by the caller)
 * @param arguments values the message quotes
 */
public record VehicleFinding(Severity severity, String code, List<Object> arguments) {

	public VehicleFinding {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(code, "code");
		arguments = List.copyOf(arguments);
	}

	/**
	 * A violation.
	 * @param code the message code
	 * @param arguments values the message quotes
	 * @return the finding
	 */
	public static VehicleFinding violation(String code, Object... arguments) {
		return new VehicleFinding(Severity.VIOLATION, code, List.of(arguments));
	}

	/**
	 * A warning.
	 * @param code the message code
	 * @param arguments values the message quotes
	 * @return the finding
	 */
	public static VehicleFinding warning(String code, Object... arguments) {
		return new VehicleFinding(Severity.WARNING, code, List.of(arguments));
	}

	/**
	 * Whether the finding shows red on the compliance view.
	 * @return {@code true} for a violation
	 */
	public boolean isViolation() {
		return this.severity == Severity.VIOLATION;
	}

	/**
	 * How serious a finding is.
	 */
	public enum Severity {

		/** The requirement is not met today. */
		VIOLATION,

		/** The requirement is met today but will not be for long. */
		WARNING

	}

}
