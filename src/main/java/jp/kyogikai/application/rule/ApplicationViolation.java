package jp.kyogikai.application.rule;

import java.util.List;
import java.util.Objects;

/**
 * One reason an application's input cannot be accepted, for the form to show beside the
 * field.
 *
 * @param field the field concerned, as a property path of the rule's records
 * ({@code fare.incrementMetres}, {@code otherCharges[0].amount},
 * {@code dynamicBand.upperPercent})
 * @param code the message code (resolved to Japanese by the caller; {@code {0}} is the
 * field's label, the arguments follow from {@code {1}})
 * @param arguments values the message quotes
 */
public record ApplicationViolation(String field, String code, List<Object> arguments) {

	public ApplicationViolation {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(code, "code");
		arguments = List.copyOf(arguments);
	}

	public ApplicationViolation(String field, String code, Object... arguments) {
		this(field, code, List.of(arguments));
	}

	/**
	 * The same violation on a field nested under another.
	 * @param prefix the enclosing property ({@code fare})
	 * @return the violation with the field {@code prefix.field}
	 */
	public ApplicationViolation under(String prefix) {
		return new ApplicationViolation(prefix + "." + this.field, this.code, this.arguments);
	}

}
