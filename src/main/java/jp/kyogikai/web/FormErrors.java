package jp.kyogikai.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.kyogikai.calendar.Wareki;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.Errors;

/**
 * Puts a rule's verdict on a form: on the field when the form has it, otherwise on the
 * form. The field's label is always the message's {0}, as for Bean Validation messages.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(Errors errors, String field, String code, List<Object> arguments) {
		List<Object> all = new ArrayList<>();
		all.add(new DefaultMessageSourceResolvable(new String[] { errors.getObjectName() + "." + field, field },
				field));
		arguments.stream().map(FormErrors::readable).forEach(all::add);
		if (hasField(errors, field)) {
			errors.rejectValue(field, code, all.toArray(), code);
		}
		else {
			errors.reject(code, all.toArray(), code);
		}
	}

	/**
	 * Dates in messages are written in 和暦.
	 * @param argument a message argument
	 * @return the argument as the message should show it
	 */
	public static Object readable(Object argument) {
		return (argument instanceof LocalDate date) ? Wareki.format(date) : argument;
	}

	/**
	 * A rule's message as text, for a flash message after a redirect.
	 * @param messages the message source
	 * @param code the message code
	 * @param arguments its arguments after {0}
	 * @return the Japanese text
	 */
	public static String text(MessageSource messages, String code, List<Object> arguments) {
		List<Object> all = new ArrayList<>();
		all.add("");
		arguments.stream().map(FormErrors::readable).forEach(all::add);
		return messages.getMessage(code, all.toArray(), code, Locale.JAPAN);
	}

	private static boolean hasField(Errors errors, String field) {
		try {
			errors.getFieldValue(field);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
