package jp.kyogikai.operator.rule;

import java.util.List;

/**
 * One reason an office's operation management falls short of the law.
 *
 * @param code the message code (resolved to Japanese by the caller)
 * @param arguments values the message quotes
 */
public record OfficeFinding(String code, List<Object> arguments) {

	public OfficeFinding(String code, Object... arguments) {
		this(code, List.of(arguments));
	}

}
