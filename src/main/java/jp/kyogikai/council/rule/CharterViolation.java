package jp.kyogikai.council.rule;

import java.util.List;

/**
 * One reason a charter's settings are not acceptable.
 *
 * @param field the setting concerned
 * @param code the message code (resolved to Japanese by the caller)
 * @param arguments values the message quotes
 */
public record CharterViolation(String field, String code, List<Object> arguments) {

	public CharterViolation(String field, String code, Object... arguments) {
		this(field, code, List.of(arguments));
	}

}
