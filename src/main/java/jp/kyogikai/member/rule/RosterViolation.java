package jp.kyogikai.member.rule;

import java.util.List;

/**
 * Why an appointment cannot be made.
 *
 * @param code the message code
 * @param arguments values the message quotes
 */
public record RosterViolation(String code, List<Object> arguments) {

	public RosterViolation(String code, Object... arguments) {
		this(code, List.of(arguments));
	}

}
