package jp.kyogikai.driver.rule;

import java.util.List;
import java.util.Objects;

/**
 * One row of a driver's qualification: green when passed, red when not, with a message
 * code that states the outcome and the values the message quotes.
 *
 * @param code the message code (resolved to Japanese by the caller)
 * @param passed whether the requirement is met
 * @param arguments values the message quotes
 */
public record QualificationCheck(String code, boolean passed, List<Object> arguments) {

	public QualificationCheck {
		Objects.requireNonNull(code, "code");
		arguments = List.copyOf(arguments);
	}

	/** A green row. */
	static QualificationCheck passed(String code, Object... arguments) {
		return new QualificationCheck(code, true, List.of(arguments));
	}

	/** A red row. */
	static QualificationCheck failed(String code, Object... arguments) {
		return new QualificationCheck(code, false, List.of(arguments));
	}

}
